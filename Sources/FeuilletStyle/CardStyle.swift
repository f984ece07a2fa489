/// Social-card geometry: where text may go, the background and the accent band.
public struct CardStyle: Sendable, Equatable {
    /// Room between the card's edges (or its band) and the text.
    public var padding: Length
    /// Strips along the edges that platforms cover or crop (a story's interface, the
    /// profile grid): text keeps out of them even where the padding is smaller.
    public var safeZone: Insets
    public var background: Color
    /// A band of accent colour along the card's top edge (zero height: none).
    public var bandHeight: Length
    public var bandColor: Color
    /// Card text may shrink to this share of its role's size to fit its box.
    public var minimumScale: Double
    /// At most this many lines of title and of body text.
    public var titleLines: Int
    public var bodyLines: Int
    /// Text that does not fit even at the smallest size is cut with "…" instead of failing.
    public var ellipsis: Bool

    public init(padding: Length = .px(96), safeZone: Insets = .zero, background: Color = .white,
                bandHeight: Length = .zero, bandColor: Color = .black, minimumScale: Double = 0.5,
                titleLines: Int = 5, bodyLines: Int = 8, ellipsis: Bool = false) {
        self.padding = padding
        self.safeZone = safeZone
        self.background = background
        self.bandHeight = bandHeight
        self.bandColor = bandColor
        self.minimumScale = minimumScale
        self.titleLines = titleLines
        self.bodyLines = bodyLines
        self.ellipsis = ellipsis
    }
}

/// Four distances, one per edge.
public struct Insets: Sendable, Equatable {
    public var top: Length, right: Length, bottom: Length, left: Length

    public init(top: Length, right: Length, bottom: Length, left: Length) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }

    public init(all: Length) { self.init(top: all, right: all, bottom: all, left: all) }

    public static let zero = Insets(all: .zero)
}
