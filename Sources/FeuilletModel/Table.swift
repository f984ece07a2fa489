/// A table as GitHub-flavoured Markdown writes it: one header row, body rows, and how
/// each column is aligned. Every row has one cell per column (the importer pads short
/// rows with empty cells and drops cells past the header's, as cmark-gfm does).
public struct Table: Sendable, Equatable {
    /// A column's alignment as the delimiter row says it (`:--`, `:-:`, `--:`, or `---`).
    public enum Alignment: Sendable, Equatable, CaseIterable {
        case none, left, center, right
    }

    /// A cell's content: inline text, on one line in the Markdown.
    public typealias Cell = [Inline]

    public var alignments: [Alignment]
    public var header: [Cell]
    public var rows: [[Cell]]

    public init(alignments: [Alignment], header: [Cell], rows: [[Cell]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    public var columnCount: Int { header.count }

    /// The cells' text row after row, a cell per line: what a reader reads, in order.
    public var plainText: String {
        ([header] + rows).map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
    }
}
