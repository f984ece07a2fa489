internal import CCmark

/// Walks a cmark-gfm node tree into `Block`s. What the model cannot show is reported as a
/// warning at its line in the file instead of vanishing without a word.
struct MarkdownBodyReader {
    var file: String
    /// File lines before the body (the front matter), added to cmark's line numbers.
    var lineOffset: Int
    private(set) var warnings: [Diagnostic] = []
    /// What is left out of the blocks (`Document.notShown`).
    private(set) var notShown: [Diagnostic] = []

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    mutating func read(_ markdown: String) -> [Block] {
        let root = parseCommonMark(markdown)
        defer { cmark_node_free(root) }
        return blocks(in: root)
    }

    private mutating func blocks(in parent: OpaquePointer) -> [Block] {
        children(of: parent).flatMap { child -> [Block] in
            // Past the deepest nesting, a quote's or list's blocks join the level above.
            if depth >= Self.maximumNesting, [CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST].contains(cmark_node_get_type(child)) {
                if !toldNesting { warn(child, "quotes and lists nested deeper than \(Self.maximumNesting) levels are set at level \(Self.maximumNesting)") }
                toldNesting = true
                return cmark_node_get_type(child) == CMARK_NODE_LIST ? children(of: child).flatMap { blocks(in: $0) } : blocks(in: child)
            }
            return block(child).map { [$0] } ?? []
        }
    }

    /// Quotes and lists nest this deep at most: every stage that walks the blocks (layout,
    /// French spacing, the writer) recurses once a level, and a thousand levels filled a
    /// thread's stack.
    static let maximumNesting = 32
    private var depth = 0
    private var toldNesting = false

    private mutating func block(_ node: OpaquePointer) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            if let figure = figure(node) { return .figure(figure) }
            let content = inlines(in: node)
            return content.isEmpty ? nil : .paragraph(content)
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            if level > 3 { warn(node, "heading level \(level) not supported; shown as level 3") }
            return .heading(level: min(level, 3), inlines(in: node))
        case CMARK_NODE_LIST:
            depth += 1
            defer { depth -= 1 }
            let items = children(of: node).map { blocks(in: $0) }
            // cmark gives bullet lists a start of 0; the model numbers every list from 1 by default.
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1, items: items)
        case CMARK_NODE_BLOCK_QUOTE:
            depth += 1
            defer { depth -= 1 }
            return .quote(blocks(in: node))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_CODE_BLOCK:
            // Often a paragraph indented by mistake: its text is kept, its lines too.
            warn(node, "a code block is set as an ordinary paragraph, its line breaks kept")
            let lines = literal(node).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let text = (lines.last == "" ? lines.dropLast() : lines[...]).map { Inline.text($0) }
            return text.isEmpty ? nil : .paragraph(Array(text.map { [$0] }.joined(separator: [.lineBreak])))
        case CMARK_NODE_HTML_BLOCK:
            lose(node, "an HTML block", fix: "write it in Markdown")
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            lose(node, "a footnote", fix: Self.footnoteFix)
        default:
            // The table extension's node types are registered at run time: known by name.
            if typeName(node) == "table" { return .table(table(node)) }
            lose(node, "a \(typeName(node)) block", fix: "write it as text, a list or a table")
        }
        return nil
    }

    /// A GFM table: its first row is the header; every row gets one cell per column.
    private mutating func table(_ node: OpaquePointer) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        // 'l', 'c', 'r' or 0 per column, owned by the node (freed with the tree).
        let marks = cmark_gfm_extensions_get_table_alignments(node)
        let alignments: [Table.Alignment] = (0..<columns).map { i in
            switch marks.map({ UnicodeScalar($0[i]) }) {
            case "l": .left
            case "c": .center
            case "r": .right
            default: .none
            }
        }
        var rows = children(of: node).map { row in
            let cells = children(of: row).prefix(columns).map { inlines(in: $0) }
            return cells + Array(repeating: [], count: max(0, columns - cells.count))
        }
        let header = rows.isEmpty ? Array(repeating: [], count: columns) : rows.removeFirst()
        return Table(alignments: alignments, header: header, rows: rows)
    }

    private mutating func inlines(in parent: OpaquePointer) -> [Inline] {
        children(of: parent).flatMap { inline($0) }.mergingAdjacentText()
    }

    private mutating func inline(_ node: OpaquePointer) -> [Inline] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return [.text(literal(node))]
        case CMARK_NODE_SOFTBREAK: return [.text(" ")]
        case CMARK_NODE_LINEBREAK: return [.lineBreak]
        case CMARK_NODE_CODE: return [.code(literal(node))]
        case CMARK_NODE_EMPH: return [.emphasis(inlines(in: node))]
        case CMARK_NODE_STRONG: return [.strong(inlines(in: node))]
        case CMARK_NODE_LINK:
            let address = String(cString: cmark_node_get_url(node))
            guard let url = LinkTarget.accepted(address) else {
                warn(node, LinkTarget.warning(address))
                return inlines(in: node)
            }
            return [.link(url: url, inlines(in: node))]
        case CMARK_NODE_IMAGE:
            lose(node, "an image inside a sentence", fix: "put it on a line of its own to make it a figure; its description is kept as text")
            let description = inlines(in: node).plainText
            return description.isEmpty ? [] : [.text(description)]
        case CMARK_NODE_HTML_INLINE:
            warn(node, "the HTML tag \"\(literal(node))\" is left out, the text around it kept: write **bold** or *italics* in Markdown")
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            lose(node, "a footnote reference", fix: Self.footnoteFix)
        default:
            warn(node, "\(typeName(node)) not supported yet; its text is kept")
            return inlines(in: node)
        }
        return []
    }

    /// A paragraph that holds one image and nothing else (but `{width=…}` after it) is a
    /// figure: its description, its title as caption, the file it names.
    private mutating func figure(_ paragraph: OpaquePointer) -> Figure? {
        let parts = children(of: paragraph).filter { !(cmark_node_get_type($0) == CMARK_NODE_TEXT && literal($0).allSatisfy(\.isWhitespace)) }
        guard let image = parts.first, cmark_node_get_type(image) == CMARK_NODE_IMAGE else { return nil }
        var width: Double?
        if parts.count == 2 {
            guard cmark_node_get_type(parts[1]) == CMARK_NODE_TEXT,
                  let match = literal(parts[1]).trimmingCharacters(in: .whitespaces).wholeMatch(of: /\{\s*width\s*=\s*(\d{1,3})\s*%\s*\}/),
                  let percent = Double(match.1) else { return nil }
            guard (10...100).contains(percent) else {
                warn(parts[1], "width=\(Int(percent))% is not from 10% to 100%: the figure takes the column's width")
                return makeFigure(image, width: nil)
            }
            width = percent / 100
        } else if parts.count > 2 {
            return nil
        }
        return makeFigure(image, width: width)
    }

    private mutating func makeFigure(_ image: OpaquePointer, width: Double?) -> Figure {
        let source = String(cString: cmark_node_get_url(image))
        let title = cmark_node_get_title(image).map { String(cString: $0) } ?? ""
        let (path, problem) = ImageReference.resolve(source, in: file)
        let line = Int(cmark_node_get_start_line(image)) + lineOffset
        return Figure(source: source, file: path, problem: problem, alt: inlines(in: image).plainText,
                      caption: title.isEmpty ? nil : title, width: width, article: file, line: line)
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private func typeName(_ node: OpaquePointer) -> String {
        String(cString: cmark_node_get_type_string(node))
    }

    static let footnoteFix = "put the note in its sentence, or in a paragraph at the end"

    /// `what` at `node` is left out of every output; `fix` says what to do instead.
    private mutating func lose(_ node: OpaquePointer, _ what: String, fix: String) {
        notShown.append(Diagnostic(file: file, line: Int(cmark_node_get_start_line(node)) + lineOffset,
                                   column: Int(cmark_node_get_start_column(node)), severity: .warning,
                                   message: "\(what) cannot be shown by Feuillet and is left out: \(fix)"))
    }

    private mutating func warn(_ node: OpaquePointer, _ message: String) {
        warnings.append(Diagnostic(file: file, line: Int(cmark_node_get_start_line(node)) + lineOffset,
                                   column: Int(cmark_node_get_start_column(node)), severity: .warning, message: message))
    }
}
