/// Every typographic setting of one text role, fully resolved (no inheritance left).
public struct TextStyle: Sendable, Equatable {
    public enum Alignment: String, Sendable, CaseIterable { case left, justify, center, right }
    public enum Transform: String, Sendable, CaseIterable { case none, uppercase, lowercase }
    /// How *emphasis* is set: in italics (upright inside italic text), or in bold for
    /// readers italics slow down (large print).
    public enum Emphasis: String, Sendable, CaseIterable { case italic, bold }
    /// A bare number is a factor of the font size; a length is absolute (or em/%).
    public enum LineHeight: Sendable, Equatable {
        case factor(Double)
        case length(Length)
    }

    public var family: String
    /// CSS-like weight, 100…900 (400 regular, 700 bold).
    public var weight: Int
    public var italic: Bool
    public var emphasis: Emphasis
    /// Font size in points.
    public var size: Double
    public var lineHeight: LineHeight
    public var letterSpacing: Length
    /// OpenType features as Pango takes them, e.g. "liga=1, onum=1".
    public var features: String
    public var color: Color
    public var align: Alignment
    public var hyphenate: Bool
    public var spaceBefore: Length
    public var spaceAfter: Length
    public var indent: Length
    public var transform: Transform
    public var keepWithNext: Bool

    public init(family: String, weight: Int = 400, italic: Bool = false, emphasis: Emphasis = .italic, size: Double,
                lineHeight: LineHeight = .factor(1.3), letterSpacing: Length = .zero, features: String = "",
                color: Color = .black, align: Alignment = .left, hyphenate: Bool = false,
                spaceBefore: Length = .zero, spaceAfter: Length = .zero, indent: Length = .zero,
                transform: Transform = .none, keepWithNext: Bool = false) {
        self.family = family
        self.weight = weight
        self.italic = italic
        self.emphasis = emphasis
        self.size = size
        self.lineHeight = lineHeight
        self.letterSpacing = letterSpacing
        self.features = features
        self.color = color
        self.align = align
        self.hyphenate = hyphenate
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.indent = indent
        self.transform = transform
        self.keepWithNext = keepWithNext
    }

    /// Distance between baselines, in points.
    public var leading: Double {
        switch lineHeight {
        case .factor(let f): f * size
        case .length(let l): l.points(relativeTo: size)
        }
    }
}
