import FeuilletStyle

extension Image {
    /// The colour of the pixel at (`u`, `v`) of the picture as it is seen (its EXIF
    /// orientation applied), in its own pixels; a transparent pixel over white paper. What
    /// the contrast check and a photo card's scrim measure text against.
    public func color(atShown u: Double, _ v: Double) -> Color {
        let w = Double(width), h = Double(height)
        let (x, y): (Double, Double) = switch orientation {
        case 2: (w - u, v)
        case 3: (w - u, h - v)
        case 4: (u, h - v)
        case 5: (v, u)
        case 6: (v, h - u)
        case 7: (w - v, h - u)
        case 8: (w - v, u)
        default: (u, v)
        }
        let px = min(width - 1, max(0, Int(x))), py = min(height - 1, max(0, Int(y)))
        let i = py * stride + px * 4
        guard i + 3 < pixels.count else { return .white }
        // Cairo's native-endian words on a little-endian machine: blue, green, red, alpha (premultiplied).
        let alpha = hasAlpha ? Double(pixels[i + 3]) / 255 : 1
        func channel(_ byte: UInt8) -> Double { Double(byte) / 255 + (1 - alpha) }
        return Color(red: channel(pixels[i + 2]), green: channel(pixels[i + 1]), blue: channel(pixels[i]))
    }
}

extension Image {
    /// The colour at a point of the page where the picture is drawn over `rect`.
    public func color(at point: Point, drawnIn rect: Rect) -> Color {
        color(atShown: (point.x - rect.x) / rect.width * Double(shownWidth), (point.y - rect.y) / rect.height * Double(shownHeight))
    }

    /// Where a line's contrast against a photo is measured: a grid over its box, 24 across
    /// and 4 down (a grid, not random points: the same card gives the same answer).
    static func samplePoints(in box: Rect) -> [Point] {
        var points: [Point] = []
        for i in 0..<24 {
            for j in 0..<4 {
                points.append(Point(x: box.x + box.width * (Double(i) + 0.5) / 24, y: box.y + box.height * (Double(j) + 0.5) / 4))
            }
        }
        return points
    }
}
