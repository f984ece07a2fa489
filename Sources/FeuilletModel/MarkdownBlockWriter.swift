/// Markdown for blocks. Blocks are separated by blank lines; list items hold their blocks
/// indented under the marker; each paragraph is written on one line.
struct MarkdownBlockWriter {
    func blocks(_ blocks: [Block]) -> String {
        var previousList: (ordered: Bool, alternate: Bool)?
        var parts: [String] = []
        for block in blocks {
            // Two lists in a row would merge into one unless their markers differ.
            var alternate = false
            if case .list(let ordered, _, _) = block {
                alternate = previousList.map { $0.ordered == ordered && !$0.alternate } ?? false
                previousList = (ordered, alternate)
            } else {
                previousList = nil
            }
            parts.append(self.block(block, alternateMarkers: alternate))
        }
        return parts.joined(separator: "\n\n")
    }

    private func block(_ block: Block, alternateMarkers: Bool) -> String {
        switch block {
        case .heading(let level, let content):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + MarkdownInlineWriter.heading(content)
        case .paragraph(let content):
            return MarkdownInlineWriter.paragraph(content)
        case .list(let ordered, let start, let items):
            return list(ordered: ordered, start: start, items: items, alternate: alternateMarkers)
        case .quote(let content):
            return prefixLines(blocks(content), first: "> ", rest: "> ")
        case .thematicBreak:
            // Not `---` or `***`: inside a `-` or `*` list item those read as a break, not an item.
            return "___"
        case .figure(let figure):
            let alt = figure.alt.replacingOccurrences(of: "]", with: "\\]")
            let title = figure.caption.map { " \"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" } ?? ""
            return "![\(alt)](<\(figure.source)>\(title))" + (figure.width.map { "{width=\(Int(($0 * 100).rounded()))%}" } ?? "")
        case .table(let table):
            return self.table(table)
        }
    }

    /// A GFM table: the header row, the delimiter row with each column's alignment, the rows.
    private func table(_ table: Table) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        let delimiters = table.alignments.map { alignment in
            switch alignment {
            case .none: "---"
            case .left: ":--"
            case .center: ":-:"
            case .right: "--:"
            }
        }
        let rows = ([table.header] + table.rows).map { row($0.map(MarkdownInlineWriter.cell)) }
        return ([rows[0], row(delimiters)] + rows.dropFirst()).joined(separator: "\n")
    }

    private func list(ordered: Bool, start: Int, items: [[Block]], alternate: Bool) -> String {
        items.enumerated().map { offset, item in
            let marker = ordered ? "\(start + offset)\(alternate ? ")" : ".")" : (alternate ? "*" : "-")
            let content = blocks(item)
            return content.isEmpty ? marker : prefixLines(content, first: marker + " ",
                                                           rest: String(repeating: " ", count: marker.count + 1))
        }.joined(separator: "\n")
    }

    /// Prefixes each line; blank lines stay blank (or keep a bare `>` inside a quote).
    private func prefixLines(_ text: String, first: String, rest: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            let prefix = index == 0 ? first : rest
            return line.isEmpty ? String(prefix.prefix { $0 != " " }) : prefix + line
        }.joined(separator: "\n")
    }
}
