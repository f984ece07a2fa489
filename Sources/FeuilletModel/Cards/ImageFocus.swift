/// Where a photo's subject is, as shares of its width and height (`image-focus: 30% 40%`):
/// a card cut from the photo keeps that point where CSS's `object-position` would.
public struct ImageFocus: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = min(1, max(0, x))
        self.y = min(1, max(0, y))
    }

    public static let centre = ImageFocus(x: 0.5, y: 0.5)

    /// `30% 40%`, `50%` (both), or the words `left`/`center`/`right`, `top`/`bottom`; nil when unreadable.
    public init?(parsing text: String) {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        func share(_ word: String, _ names: [String: Double]) -> Double? {
            if let named = names[word] { return named }
            guard word.hasSuffix("%"), let n = Double(word.dropLast()), (0...100).contains(n) else { return nil }
            return n / 100
        }
        let across = ["left": 0.0, "center": 0.5, "centre": 0.5, "right": 1.0]
        let down = ["top": 0.0, "center": 0.5, "centre": 0.5, "bottom": 1.0]
        switch words.count {
        case 1:
            guard let v = share(words[0], across.merging(down) { a, _ in a }) else { return nil }
            self.init(x: across[words[0]] ?? (down[words[0]] != nil ? 0.5 : v), y: down[words[0]] ?? (across[words[0]] != nil ? 0.5 : v))
        case 2:
            guard let x = share(words[0], across), let y = share(words[1], down) else { return nil }
            self.init(x: x, y: y)
        default:
            return nil
        }
    }
}
