import FeuilletStyle

/// A print format: its trim size, how its pages are made, and its template (columns,
/// margins, where the key messages go, what the back holds) before a style tunes it with
/// `formats.<name>`.
public struct PrintFormat: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Pages of columns: at most `maxPages` (nil: as many as the text needs).
        case pages(maxPages: Int?)
        /// The 3-panel roll fold: two sides of three panels, a fixed size.
        case trifold
    }

    public let name: String
    public let kind: Kind
    /// Trim size in points; nil: the style's `page.size` (the a4 format is the style's own page).
    let trim: Size?
    /// The template before the style's `formats.<name>`; what it leaves out comes from `page`.
    let preset: FormatStyle

    /// A4 leaflet: the style's page, its columns and margins, as many pages as needed.
    public static let a4 = PrintFormat(name: .a4, kind: .pages(maxPages: nil), trim: nil,
                                       preset: FormatStyle(keyMessages: .body, back: [.author, .disclaimer]))
    /// A5 leaflet: one column, as many pages as needed; the source closes the text (the
    /// running footer is too short for it).
    public static let a5 = PrintFormat(name: .a5, kind: .pages(maxPages: nil), trim: .mm(148, 210),
                                       preset: FormatStyle(columns: 1, gutter: .mm(6), margins: .mm(15, 13, 18, 13),
                                                           keyMessages: .body, back: [.source, .author, .disclaimer]))
    /// DL flyer (a third of A4): one column, recto and verso, no more.
    public static let dl = PrintFormat(name: .dl, kind: .pages(maxPages: 2), trim: .mm(99, 210),
                                       preset: FormatStyle(columns: 1, gutter: .mm(5), margins: .mm(12, 9, 15, 9),
                                                           keyMessages: .body, back: [.source, .author, .disclaimer]))
    /// 3-panel roll fold on A4 landscape.
    public static let trifold = PrintFormat(name: .trifold, kind: .trifold, trim: .mm(297, 210),
                                            preset: FormatStyle(columns: 1, gutter: .mm(5), margins: .mm(12, 10, 12, 10), foldMargin: .mm(10),
                                                                keyMessages: .back, back: [.source, .author, .date, .disclaimer]))

    /// One format for each name the style sheets know, in their order.
    public static let all = FormatStyle.Name.allCases.map(format)

    private static func format(_ name: FormatStyle.Name) -> PrintFormat {
        switch name {
        case .a4: a4
        case .a5: a5
        case .dl: dl
        case .trifold: trifold
        }
    }

    public init?(named name: String) {
        guard let format = Self.all.first(where: { $0.name == name }) else { return nil }
        self = format
    }

    private init(name: FormatStyle.Name, kind: Kind, trim: Size?, preset: FormatStyle) {
        self.name = name.rawValue
        self.kind = kind
        self.trim = trim
        self.preset = preset
    }
}

extension Size {
    static func mm(_ width: Double, _ height: Double) -> Size { Size(width: Length.mm(width).points(), height: Length.mm(height).points()) }
}

extension PartialInsets {
    static func mm(_ top: Double, _ right: Double, _ bottom: Double, _ left: Double) -> PartialInsets {
        PartialInsets(top: .mm(top), right: .mm(right), bottom: .mm(bottom), left: .mm(left))
    }
}

/// Formats are told apart by name (their template is a value of the name).
extension PrintFormat: Hashable {
    public static func == (a: PrintFormat, b: PrintFormat) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension PrintFormat: CustomStringConvertible {
    public var description: String { name }
}
