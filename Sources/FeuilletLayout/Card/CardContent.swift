import Foundation
import FeuilletModel

/// The pieces of an article that cards show, found once.
struct CardContent {
    struct Item { var term: String; var description: String? }

    var title: String
    var summary: String?
    var source: String?
    var keyMessage: String?
    var quote: String?
    var items: [Item]

    /// `labels`: the article's language's, for its date.
    init(_ document: Document, labels: Labels) {
        let meta = document.metadata
        title = meta.title
        summary = meta.summary
        source = [meta.source, meta.date.map(labels.longDate)].compactMap { $0 }.joined(separator: " · ")
        if source?.isEmpty ?? true { source = nil }
        quote = meta.extra["quote"]
        keyMessage = meta.extra["highlight"] ?? meta.keyMessages.first
            ?? document.blocks.lazy.compactMap(KeyMessageRule.message).first.map(Self.sentence)
        items = document.blocks.lazy.compactMap(Self.mainList).first ?? []
    }

    /// The first list of at least two items; a leading bold phrase is the item's term.
    private static func mainList(_ block: Block) -> [Item]? {
        guard case .list(_, _, let items) = block, items.count >= 2 else { return nil }
        return items.map { blocks in
            guard case .paragraph(let inlines)? = blocks.first, case .strong(let term)? = inlines.first else {
                return Item(term: sentence(blocks.map(\.plainText).joined(separator: " ")), description: nil)
            }
            let rest = (Array(inlines.dropFirst()).plainText + blocks.dropFirst().map(\.plainText).joined(separator: " "))
                .trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ":\u{00A0}\u{202F}")))
            return Item(term: term.plainText, description: rest.isEmpty ? nil : sentence(rest))
        }
    }

    /// A list item shown on its own: capital first letter, no trailing ; or ,.
    private static func sentence(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ";,\u{00A0}\u{202F}")))
        return t.prefix(1).uppercased() + t.dropFirst()
    }
}
