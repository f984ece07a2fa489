internal import CPangoCairo
import FeuilletStyle

/// WCAG 2 AA contrast of every placed line against what is drawn under it (page, band,
/// box, card background, a photo's pixels under a scrim): 4.5:1, or 3:1 for large text
/// (18 pt, or 14 pt bold). Over a photo the line is measured at points across its whole
/// box, and its worst point counts.
public enum ContrastCheck {
    public struct Problem: Sendable, Equatable {
        public var text: String
        public var foreground: Color
        public var background: Color
        public var ratio: Double
        public var required: Double
    }

    /// Something drawn that text may lie on, where it shows (a group's clip applied).
    private enum Layer {
        case fill(Rect, Color)
        case image(Image, at: Rect, visible: Rect)

        var area: Rect { switch self { case .fill(let r, _): r; case .image(_, _, let visible): visible } }

        /// The colour at a point, over `under`.
        func color(at p: Point, over under: Color) -> Color {
            guard area.x <= p.x, p.x <= area.maxX, area.y <= p.y, p.y <= area.maxY else { return under }
            switch self {
            case .fill(_, let color): return composite(color, over: under)
            case .image(let image, let rect, _): return image.color(at: p, drawnIn: rect)
            }
        }
    }

    public static func problems(in pages: [Page]) -> [Problem] {
        var found: [Problem] = []
        for page in pages {
            var layers: [Layer] = []
            visit(page.frame, at: .zero, clip: nil) { origin, item, clip in
                switch item {
                case .shape(let shape):
                    if case .rectangle(let size, _) = shape.geometry, let fill = shape.fill {
                        layers.append(.fill(Rect(x: origin.x, y: origin.y, width: size.width, height: size.height), fill))
                    }
                case .image(let image, let size):
                    let rect = Rect(x: origin.x, y: origin.y, width: size.width, height: size.height)
                    layers.append(.image(image, at: rect, visible: clip.map(rect.intersection) ?? rect))
                case .text(let line):
                    guard let problem = measure(line, at: origin, on: layers),
                          !found.contains(where: { $0.foreground == problem.foreground && $0.background == problem.background }) else { return }
                    found.append(problem)
                default:
                    break
                }
            }
        }
        return found
    }

    /// The line's problem, if its worst point is under the ratio it needs.
    private static func measure(_ line: TextLine, at origin: Point, on layers: [Layer]) -> Problem? {
        let box = Rect(x: origin.x, y: origin.y - line.ascent, width: line.width, height: line.ascent + line.descent)
        let overPhoto = layers.contains { if case .image = $0, $0.area.intersects(box) { true } else { false } }
        // On flat colours, the middle of the line says it all; over a photo, a grid over its box.
        let points = overPhoto ? Image.samplePoints(in: box) : [Point(x: origin.x + line.width / 2, y: origin.y + (line.descent - line.ascent) / 2)]
        let required = isLarge(line) ? 3.0 : 4.5
        var worst: Problem?
        for point in points {
            // Paper (and an image's blank canvas) is white; what is drawn later lies on top.
            let background = layers.reduce(Color.white) { $1.color(at: point, over: $0) }
            let foreground = composite(line.color, over: background)
            let ratio = foreground.contrast(with: background)
            if ratio < (worst?.ratio ?? required) {
                worst = Problem(text: line.text, foreground: foreground, background: background, ratio: ratio, required: required)
            }
        }
        return worst
    }

    /// Every item in drawing order at its place on the page, with the clip it is drawn in
    /// (its groups' clips, on the page): a picture shows only there.
    private static func visit(_ frame: Frame, at offset: Point, clip: Rect?, _ body: (Point, FrameItem, Rect?) -> Void) {
        for placed in frame.items {
            let origin = Point(x: offset.x + placed.origin.x, y: offset.y + placed.origin.y)
            if case .group(let child, let own) = placed.item {
                let shifted = own.map { Rect(x: $0.x + origin.x, y: $0.y + origin.y, width: $0.width, height: $0.height) }
                visit(child, at: origin, clip: [clip, shifted].compactMap { $0 }.reduce(nil) { $0?.intersection($1) ?? $1 }, body)
            } else {
                body(origin, placed.item, clip)
            }
        }
    }

    /// Large print in WCAG's sense: 18 pt, or 14 pt in bold.
    static func isLarge(_ line: TextLine) -> Bool {
        guard line.fontSize < 18 else { return true }
        return line.fontSize >= 14 && line.weight >= Int(PANGO_WEIGHT_BOLD.rawValue)
    }

    static func composite(_ top: Color, over bottom: Color) -> Color {
        let a = top.alpha
        return Color(red: top.red * a + bottom.red * (1 - a), green: top.green * a + bottom.green * (1 - a),
                     blue: top.blue * a + bottom.blue * (1 - a))
    }
}
