/// A block-level element of an article.
public indirect enum Block: Sendable, Equatable {
    /// Level 1 to 3; the article title lives in `Metadata`, so sections usually start at 2
    /// in Markdown but are stored as written.
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    /// Each item is a list of blocks, so items can hold paragraphs and nested lists.
    case list(ordered: Bool, start: Int, items: [[Block]])
    case quote([Block])
    case thematicBreak
    /// A picture on a line of its own, with its description and caption.
    case figure(Figure)
    /// A GFM table: a header row, body rows, the columns' alignments.
    case table(Table)
}

/// A run of text with its emphasis.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case link(url: String, [Inline])
    case code(String)
    /// A hard line break inside a paragraph.
    case lineBreak
}

extension Inline {
    /// The text a reader sees, without markup (soft breaks are already spaces).
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): s
        case .emphasis(let c), .strong(let c), .link(_, let c): c.plainText
        case .lineBreak: "\n"
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }
}

extension Block {
    /// The figures of the block and of the blocks inside it, in reading order.
    public var figures: [Figure] {
        switch self {
        case .figure(let figure): [figure]
        case .list(_, _, let items): items.flatMap { $0.flatMap(\.figures) }
        case .quote(let blocks): blocks.flatMap(\.figures)
        case .heading, .paragraph, .thematicBreak, .table: []
        }
    }

    /// Every word of the block in reading order, for tests and checks.
    public var plainText: String {
        switch self {
        case .heading(_, let i), .paragraph(let i): i.plainText
        case .list(_, _, let items): items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .quote(let b): b.map(\.plainText).joined(separator: "\n")
        case .thematicBreak: ""
        case .figure(let f): f.caption ?? ""
        case .table(let table): table.plainText
        }
    }
}
