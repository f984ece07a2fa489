import FeuilletModel

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
    /// The layout of each kind of card (`title`, `key`, `quote`, `carousel`, `closing`) on
    /// square, tall and wide presets.
    public var layouts: [String: CardLayouts]
    /// The colour laid over a photo under its text (its opacity is computed per card).
    public var scrim: Color
    /// On tall presets (portrait, Pinterest, story) text may grow to this share of its size.
    public var tallScale: Double
    /// The share of the card a split layout gives its photo.
    public var split: Double

    public init(padding: Length = .px(96), safeZone: Insets = .zero, background: Color = .white,
                bandHeight: Length = .zero, bandColor: Color = .black, minimumScale: Double = 0.5,
                titleLines: Int = 5, bodyLines: Int = 8, ellipsis: Bool = false, scrim: Color = .black) {
        self.padding = padding
        self.safeZone = safeZone
        self.background = background
        self.bandHeight = bandHeight
        self.bandColor = bandColor
        self.minimumScale = minimumScale
        self.titleLines = titleLines
        self.bodyLines = bodyLines
        self.ellipsis = ellipsis
        self.layouts = CardLayouts.defaults
        self.scrim = scrim
        self.tallScale = 1.6
        self.split = 0.45
    }

    /// The layout of a kind of card on a preset's shape.
    public func layout(_ kind: String, _ shape: CardLayouts.Shape) -> CardLayout {
        (layouts[kind] ?? CardLayouts(.type))[shape]
    }
}

/// A kind of card's layouts, one per shape of preset.
public struct CardLayouts: Sendable, Equatable {
    /// Square-ish (1:1, 4:5 is tall), tall (portrait, Pinterest, story), wide (link previews, banners).
    public enum Shape: String, Sendable, CaseIterable { case square, tall, wide }

    public var square: CardLayout, tall: CardLayout, wide: CardLayout

    public init(_ all: CardLayout) { (square, tall, wide) = (all, all, all) }
    public init(square: CardLayout, tall: CardLayout, wide: CardLayout) { (self.square, self.tall, self.wide) = (square, tall, wide) }

    public subscript(shape: Shape) -> CardLayout {
        get { switch shape { case .square: square; case .tall: tall; case .wide: wide } }
        set { switch shape { case .square: square = newValue; case .tall: tall = newValue; case .wide: wide = newValue } }
    }

    /// The kinds a style may give layouts to, and what each has without `card.layouts`.
    public static let defaults: [String: CardLayouts] = [
        "title": CardLayouts(.type), "key": CardLayouts(.figure), "quote": CardLayouts(.quote),
        "carousel": CardLayouts(.type), "closing": CardLayouts(.type),
    ]
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
