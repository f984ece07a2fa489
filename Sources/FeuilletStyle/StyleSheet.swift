import FeuilletModel

/// A resolved style sheet: everything layout needs to know about the look of a document.
public struct StyleSheet: Sendable, Equatable {
    public var name: String
    public var description: String
    /// Named colours; roles and decorations refer to them by name in the YAML.
    public var palette: [String: Color]
    public var page: PageStyle
    public var card: CardStyle
    public var roles: [Role: TextStyle]
    public var decorations: Decorations
    public var typography: TypographySettings
    /// Per-format changes to the print templates (`formats.a5.columns`…), by format name.
    public var formats: [String: FormatStyle]
    /// The house logo on leaflets and cards, if the sheet has one.
    public var logo: LogoStyle?
    /// The sheet's own fixed texts, by language (`labels.fr.disclaimer`): they replace
    /// those of `Labels`' tables.
    public var labels: [String: [Label: String]]

    public init(name: String, description: String, palette: [String: Color], page: PageStyle, card: CardStyle,
                roles: [Role: TextStyle], decorations: Decorations, typography: TypographySettings, formats: [String: FormatStyle] = [:],
                logo: LogoStyle? = nil, labels: [String: [Label: String]] = [:]) {
        self.logo = logo
        self.labels = labels
        self.name = name
        self.description = description
        self.palette = palette
        self.page = page
        self.card = card
        self.roles = roles
        self.decorations = decorations
        self.typography = typography
        self.formats = formats
    }

    /// The style of a role; every role is filled in by the loader.
    public subscript(role: Role) -> TextStyle { roles[role] ?? roles[.body]! }

    /// Every font family the sheet uses, for font checks and set-up.
    public var families: Set<String> { Set(roles.values.map(\.family)) }
}

/// Print geometry: trim size, margins, columns.
public struct PageStyle: Sendable, Equatable {
    public var width: Length
    public var height: Length
    public var marginTop: Length, marginRight: Length, marginBottom: Length, marginLeft: Length
    public var columns: Int
    public var gutter: Length
    /// How far backgrounds that touch the trim run past it in the press file.
    public var bleed: Length
    /// What the press file has besides the bleed (`page.press`).
    public var press: PressStyle
    public var background: Color
    /// The smallest share of the style's sizes `--fit shrink` may set text at (0.8: 80 %).
    public var minScale: Double

    public init(width: Length = .mm(210), height: Length = .mm(297), marginTop: Length = .mm(18),
                marginRight: Length = .mm(16), marginBottom: Length = .mm(20), marginLeft: Length = .mm(16),
                columns: Int = 2, gutter: Length = .mm(8), bleed: Length = .mm(3), press: PressStyle = PressStyle(), background: Color = .white,
                minScale: Double = 0.8) {
        self.width = width
        self.height = height
        self.marginTop = marginTop
        self.marginRight = marginRight
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.columns = columns
        self.gutter = gutter
        self.bleed = bleed
        self.press = press
        self.background = background
        self.minScale = minScale
    }
}

/// Document-wide typesetting switches.
public struct TypographySettings: Sendable, Equatable {
    /// Apply French spacing and punctuation rules to the text.
    public var frenchSpacing: Bool
    /// At most this many hyphenated lines in a row (1…3).
    public var maxConsecutiveHyphens: Int

    public init(frenchSpacing: Bool = true, maxConsecutiveHyphens: Int = 2) {
        self.frenchSpacing = frenchSpacing
        self.maxConsecutiveHyphens = maxConsecutiveHyphens
    }
}
