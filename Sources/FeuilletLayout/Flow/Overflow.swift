/// Text a fixed-size format had no room left for: the first block that did not fit, and
/// how much column height the text from there on needs; or a block no column is wide
/// enough for (a table), and by how much.
public struct Overflow: Sendable, Equatable {
    /// As an error names it: `the paragraph "Les traitements…"`.
    public var block: String
    /// Points of column height (of width, when `tooWide`).
    public var missing: Double
    /// The block is wider than its column: no smaller text around it, no more room below, helps.
    public var tooWide: Bool

    public init(block: String, missing: Double, tooWide: Bool = false) {
        self.block = block
        self.missing = missing
        self.tooWide = tooWide
    }
}
