import FeuilletStyle

/// How opaque a photo card's scrim must be for its text to read: the least opacity at
/// which every sampled pixel under every line, with the scrim over it, gives the text
/// WCAG AA contrast (4.5:1, with a margin), at least `floor` so the photo is seen to be dimmed.
enum CardScrim {
    static let target = 4.6
    static let floor = 0.2

    static func opacity(text: Color, scrim: Color, photo: Image, at drawn: Rect, lines: [Rect]) -> Double {
        let samples = lines.flatMap(Image.samplePoints).map { photo.color(at: $0, drawnIn: drawn) }
        func reads(_ alpha: Double) -> Bool {
            var over = scrim
            over.alpha = alpha
            return samples.allSatisfy { text.contrast(with: ContrastCheck.composite(over, over: $0)) >= target }
        }
        guard !reads(floor) else { return floor }
        guard reads(1) else { return 1 }
        var (lo, hi) = (floor, 1.0)
        for _ in 0..<12 {
            let mid = (lo + hi) / 2
            if reads(mid) { hi = mid } else { lo = mid }
        }
        return hi
    }
}
