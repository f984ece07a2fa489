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

    public init(padding: Length = .px(96), safeZone: Insets = .zero, background: Color = .white,
                bandHeight: Length = .zero, bandColor: Color = .black) {
        self.padding = padding
        self.safeZone = safeZone
        self.background = background
        self.bandHeight = bandHeight
        self.bandColor = bandColor
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
