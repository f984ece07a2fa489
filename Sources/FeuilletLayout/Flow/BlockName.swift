import FeuilletModel

extension Block {
    /// The block as a message names it: `the paragraph "Les traitements…"`.
    var name: String {
        if case .figure(let figure) = self { return "the figure \"\(figure.source)\"" }
        let kind = switch self {
        case .heading: "the heading"
        case .paragraph: "the paragraph"
        case .list: "the list"
        case .quote(let blocks): KeyMessageRule.opens(blocks) ? "the key messages" : "the quote"
        case .thematicBreak: "the rule"
        case .figure: "the figure"
        case .table: "the table"
        }
        // Only the first words are needed: every block is named, and long ones are long.
        let words = plainText.split(maxSplits: 3, whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return kind }
        let start = words.prefix(3).joined(separator: " ")
        return "\(kind) \"\(start)\(words.count > 3 ? "…" : "")\""
    }
}
