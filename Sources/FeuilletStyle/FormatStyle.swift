/// What a style changes in one print format's template (`formats.<name>` in the YAML).
/// Every field is optional: what the sheet leaves out comes from the format's preset.
public struct FormatStyle: Sendable, Equatable {
    /// The print formats, as `--format` and a sheet's `formats:` name them: the one list
    /// (layout defines a format for each, which the compiler holds it to).
    public enum Name: String, Sendable, CaseIterable { case a4, a5, dl, trifold }
    public static let names = Name.allCases.map(\.rawValue)

    /// Columns of a page, or of each panel of a folded leaflet.
    public var columns: Int?
    public var gutter: Length?
    /// Margins of a page, or of each panel from its outer edges (not from a fold).
    public var margins: PartialInsets
    /// Room between a fold and the text of the panels beside it.
    public var foldMargin: Length?
    /// Where the "À retenir" box goes.
    public var keyMessages: KeyMessagePlacement?
    /// What the back (the back panel, or the end of a page leaflet) holds, in order.
    public var back: [BackPart]?
    /// The cover panel's background (`none` in the YAML: the page's shows).
    public var coverBackground: Fill?

    public init(columns: Int? = nil, gutter: Length? = nil, margins: PartialInsets = PartialInsets(), foldMargin: Length? = nil,
                keyMessages: KeyMessagePlacement? = nil, back: [BackPart]? = nil, coverBackground: Fill? = nil) {
        self.columns = columns
        self.gutter = gutter
        self.margins = margins
        self.foldMargin = foldMargin
        self.keyMessages = keyMessages
        self.back = back
        self.coverBackground = coverBackground
    }

    /// `cover`: after the short answer; `body`: where the article puts it (front-matter
    /// messages open the body); `back`: on the back.
    public enum KeyMessagePlacement: String, Sendable, CaseIterable { case cover, body, back }

    /// The closing parts of a leaflet.
    public enum BackPart: String, Sendable, CaseIterable { case source, author, date, disclaimer }

    public enum Fill: Sendable, Equatable {
        case page
        case color(Color)
    }
}

/// Four optional distances: the ones a sheet sets override a preset's.
public struct PartialInsets: Sendable, Equatable {
    public var top: Length?, right: Length?, bottom: Length?, left: Length?

    public init(top: Length? = nil, right: Length? = nil, bottom: Length? = nil, left: Length? = nil) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }
}
