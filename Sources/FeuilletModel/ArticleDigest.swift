/// What a small format keeps of an article too long for it: the lists and tables (a
/// calendar, doses: what a reader keeps the leaflet for), each after the heading of its
/// section and the sentence that leads into it, the paragraphs that say who to call
/// (`contact`: with a phone number), after their section's heading, and the "À retenir" quotes.
/// The title and short answer are the metadata's; the reader is sent to the full article
/// for the rest. Everything left out is said, never dropped in silence.
public struct ArticleDigest: Sendable {
    /// The parts kept, in the article's order: each a section's heading (if any), its
    /// lead-in and its list or table, or a key-message quote.
    public let parts: [[Block]]
    /// The blocks left out, in the article's order.
    public let left: [Block]

    /// `contact` tells a paragraph a digest keeps whole (one with a phone number).
    public init(_ blocks: [Block], contact: (Block) -> Bool = { _ in false }) {
        var parts: [[Block]] = [], left: [Block] = []
        // Where in `left` the heading of the section in hand is, until a part of it is kept.
        var heading: Int?
        var previous: Block?
        for block in blocks {
            defer { previous = block }
            switch block {
            case .list, .table:
                // The lead-in is the block just before, so the last left; the heading earlier.
                var part: [Block] = []
                if let lead = previous, case .paragraph = lead, Self.leadsIn(lead) { part.append(left.removeLast()) }
                if let h = heading { part.insert(left.remove(at: h), at: 0) }
                heading = nil
                parts.append(part + [block])
            case .quote(let inner) where KeyMessageRule.opens(inner):
                parts.append([block])
            case .paragraph where contact(block):
                var part: [Block] = []
                if let h = heading { part.append(left.remove(at: h)) }
                heading = nil
                parts.append(part + [block])
            default:
                if case .heading = block { heading = left.count }
                left.append(block)
            }
        }
        self.parts = parts
        self.left = left
    }

    /// Whether the part at `index` is a key-message quote ("À retenir"), which a digest
    /// short of room keeps before any list.
    public func isKeyMessage(_ index: Int) -> Bool {
        if parts[index].count == 1, case .quote(let inner) = parts[index][0] { KeyMessageRule.opens(inner) } else { false }
    }

    /// A paragraph that announces the list or table after it: it ends with a colon.
    static func leadsIn(_ block: Block) -> Bool {
        block.plainText.last { !$0.isWhitespace } == ":"
    }

    /// Whether the part at `index` says who to call: a digest short of room keeps it right
    /// after the key messages.
    public func isContact(_ index: Int) -> Bool {
        if case .paragraph = parts[index].last { true } else { false }
    }

    /// The first `count` parts, as blocks.
    public func blocks(parts count: Int) -> [Block] { parts.prefix(count).flatMap { $0 } }

    /// What `left` holds, counted in words a reader knows: "4 paragraphs, 1 figure".
    public static func counted(_ blocks: [Block]) -> String {
        var counts: [(String, String, Int)] = [("paragraph", "paragraphs", 0), ("heading", "headings", 0), ("list", "lists", 0),
                                               ("quote", "quotes", 0), ("figure", "figures", 0), ("table", "tables", 0)]
        for block in blocks {
            let i = switch block {
            case .paragraph: 0
            case .heading: 1
            case .list: 2
            case .quote: 3
            case .figure: 4
            case .table: 5
            case .thematicBreak: -1
            }
            if i >= 0 { counts[i].2 += 1 }
        }
        return counts.filter { $0.2 > 0 }.map { "\($0.2) \($0.2 == 1 ? $0.0 : $0.1)" }.joined(separator: ", ")
    }
}
