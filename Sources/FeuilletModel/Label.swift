/// A fixed text Feuillet adds to an article (not the article's own words): the names style
/// sheets give them under `labels.<language>`, and the values each may fill in.
public enum Label: String, Sendable, CaseIterable, Comparable {
    /// Closes every leaflet and the cards.
    case disclaimer
    /// The title of the key-message box and card, and of front-matter `key-messages:`.
    case keyMessages = "key-messages"
    /// What an empty trifold flap offers the reader, over ruled lines.
    case notes
    /// Beside the QR code of the article's address (or before the address without one).
    case fullArticle = "full-article"
    /// Closes a digest (`--fit digest`), with and without an address to read the rest at.
    case digest
    case digestOnline = "digest-online"
    /// The closing note's lines.
    case source, date, author
    /// The running footer's page number, a carousel slide's.
    case page
    /// The quote card's text between quotation marks.
    case quotation
    /// A card's alt text: what its photo shows, which slide of how many it is.
    case photo, slide
    /// The batch's contact sheet: its title (how many variants), a page that continues an
    /// article's, a variant that failed or was skipped (and why), one with no picture, one
    /// whose thumbnails are gone. No style sets these (a contact sheet has no style).
    case sheetTitle = "sheet-title", sheetContinued = "sheet-continued", sheetFailed = "sheet-failed", sheetSkipped = "sheet-skipped"
    case sheetNoPicture = "sheet-no-picture", sheetNoThumbnails = "sheet-no-thumbnails"

    /// The labels a style sheet may give (`labels.<language>.<label>`): all but the contact sheet's.
    public static let styleLabels = allCases.filter { !$0.rawValue.hasPrefix("sheet-") }

    /// The values the text must show, written `{name}` in it.
    public var placeholders: [String] {
        switch self {
        case .source: ["source"]
        case .date: ["date"]
        case .author: ["author"]
        case .page: ["page"]
        case .quotation: ["quote"]
        case .photo: ["alt"]
        case .slide: ["page", "pages"]
        case .sheetTitle: ["count"]
        case .sheetFailed, .sheetSkipped: ["reason"]
        default: []
        }
    }

    /// Values the text may show besides (`{pages}`: the page count).
    public var optionalPlaceholders: [String] { self == .page ? ["pages"] : [] }

    /// The longest text a style may give (a label is one line or two, never a paragraph).
    public static let maximumLength = 200

    public static func < (a: Label, b: Label) -> Bool { a.rawValue < b.rawValue }
}
