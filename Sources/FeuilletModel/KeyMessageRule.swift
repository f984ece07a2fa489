/// The "À retenir" messages of an article: a block quote whose first paragraph opens with
/// those words (bold or not, any case, with or without the accent) or another language's
/// (`Label.keyMessages`: "Key points"), or the front matter's `key-messages:` list. The one
/// rule the leaflet's box and the key card both follow.
public enum KeyMessageRule {
    /// The words that open a key-message quote, lowercased: every table's, and French without its accent.
    static let openers = (Labels.tables.values.map { $0[.keyMessages].lowercased() } + ["a retenir"]).sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }

    /// True for the blocks of a quote that opens with "À retenir".
    public static func opens(_ blocks: [Block]) -> Bool {
        guard case .paragraph(let inlines) = blocks.first else { return false }
        return labelLength(inlines.plainText) != nil
    }

    /// A key-message quote's text without its label and the colon after it; nil for any
    /// other block.
    public static func message(_ block: Block) -> String? {
        guard case .quote(let blocks) = block, opens(blocks) else { return nil }
        let text = blocks.map(\.plainText).joined(separator: " ")
        let start = text.drop { $0.isWhitespace }
        let rest = start.dropFirst(labelLength(String(start)) ?? 0)
        return String(rest.drop { $0.isWhitespace || $0 == ":" || $0 == "\u{00A0}" || $0 == "\u{202F}" })
    }

    /// The front matter's messages as the quote the body would hold: the label (the
    /// article's language's), then a list.
    public static func block(_ messages: [String], label: String) -> Block? {
        guard !messages.isEmpty else { return nil }
        return .quote([.paragraph([.strong([.text(label)])]),
                       .list(ordered: false, start: 1, items: messages.map { [.paragraph([.text($0)])] })])
    }

    /// How many characters of `text` (after leading spaces) the label takes, if it opens it.
    private static func labelLength(_ text: String) -> Int? {
        let start = text.drop { $0.isWhitespace }.lowercased()
        return openers.first { start.hasPrefix($0) }?.count
    }
}
