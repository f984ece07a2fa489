/// Text a fixed-size format had no room left for: the first block that did not fit, and
/// how much column height the text from there on needs.
public struct Overflow: Sendable, Equatable {
    /// As an error names it: `the paragraph "Les traitements…"`.
    public var block: String
    /// Points of column height.
    public var missing: Double

    public init(block: String, missing: Double) {
        self.block = block
        self.missing = missing
    }
}
