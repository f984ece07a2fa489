/// Non-text ornaments: rules, bands, boxes and the bullet glyph.
public struct Decorations: Sendable, Equatable {
    /// The glyph that marks bullet-list items.
    public var bullet: String
    /// A rule under the title (zero width: none).
    public var titleRuleWidth: Length
    /// A rule above the leaflet's running footer (zero width: none).
    public var footerRuleWidth: Length
    public var ruleColor: Color
    /// A band of colour behind the leaflet's title, edge to edge from the top of the page.
    public var titleBand: TitleBand?
    /// Boxes drawn around the text of some roles (the short answer, quotes, key messages).
    public var boxes: [Role: BoxStyle]
    /// The article's `source-url` as a QR code in the leaflet's closing note.
    public var qrCode = true
    /// How tables are ruled and shaded.
    public var table: TableStyle

    /// The roles a box can be drawn around.
    public static let boxRoles: [Role] = [.summary, .keyMessage, .quote]

    public init(bullet: String = "•", titleRuleWidth: Length = .zero, footerRuleWidth: Length = .zero,
                ruleColor: Color = .black, titleBand: TitleBand? = nil, boxes: [Role: BoxStyle] = [:], table: TableStyle = TableStyle()) {
        self.bullet = bullet
        self.titleRuleWidth = titleRuleWidth
        self.footerRuleWidth = footerRuleWidth
        self.ruleColor = ruleColor
        self.titleBand = titleBand
        self.boxes = boxes
        self.table = table
    }
}

/// The leaflet's title band: its colour, and the room it leaves below the title.
public struct TitleBand: Sendable, Equatable {
    public var color: Color
    public var padding: Length

    public init(color: Color, padding: Length = .mm(5)) {
        self.color = color
        self.padding = padding
    }
}
