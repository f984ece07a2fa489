import FeuilletStyle

/// How far card text may shrink and how many lines each box may take.
public struct CardFit: Sendable, Equatable {
    /// The smallest size is this share of the role's size.
    public var minimumScale: Double
    public var maxLines: [Role: Int]
    /// Cut text that does not fit at the smallest size with "…" instead of failing.
    public var ellipsis: Bool

    public init(minimumScale: Double = 0.5, maxLines: [Role: Int] = [.cardTitle: 5, .cardBody: 8, .cardFooter: 1], ellipsis: Bool = false) {
        self.minimumScale = minimumScale
        self.maxLines = maxLines
        self.ellipsis = ellipsis
    }
}
