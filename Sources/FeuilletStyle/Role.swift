/// The text roles a style sheet sets, named as in the YAML (`heading-1`, `card-title`…).
public enum Role: String, Sendable, CaseIterable, Hashable {
    case body, title, summary
    case heading1 = "heading-1", heading2 = "heading-2", heading3 = "heading-3"
    case listItem = "list-item", listMarker = "list-marker"
    case keyMessage = "key-message", quote
    case tableHeader = "table-header", tableCell = "table-cell"
    case footer
    /// The words under a figure.
    case caption
    case cardTitle = "card-title", cardBody = "card-body", cardFooter = "card-footer"

    public static func heading(_ level: Int) -> Role {
        switch level { case ...1: .heading1; case 2: .heading2; default: .heading3 }
    }

    /// Titles, headings and card text are never hyphenated and start on their own line.
    public var isDisplay: Bool {
        switch self {
        case .title, .heading1, .heading2, .heading3, .cardTitle: true
        default: false
        }
    }
}
