import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting

/// Turns blocks into lines of a column of a given width, with the keep rules that stop
/// a heading ending a column and leave no paragraph with a single line at either end.
struct BlockSetter {
    let setter: ParagraphSetter
    let style: StyleSheet
    /// The pictures of the article's figures, by file.
    var pictures = Pictures()
    /// The tallest a figure may be: a column's height less room for its caption.
    var figureHeight = Double.infinity

    func lines(for blocks: [Block], width: Double) -> [FlowLine] {
        var lines: [FlowLine] = []
        var keepNext = 0
        var sections = SectionMarks()
        var previous: Block?
        for block in blocks {
            var set = self.lines(for: block, x: 0, width: width)
            let name = block.name
            for i in set.indices { set[i].block = name }
            sections.enter(block, lines: &lines, set: &set)
            // The lines after a heading stay with it: at least two, or the whole block.
            for i in set.indices.prefix(keepNext) where i < set.count - 1 { set[i].keepWithNext = true }
            if keepNext > 0, !lines.isEmpty { lines[lines.count - 1].keepWithNext = true }
            keepNext = if case .heading(let level, _) = block, style[.heading(level - 1)].keepWithNext { 2 } else { 0 }
            Self.keepLeadIn(previous, before: block, lines: &lines)
            if case .list? = previous, !lines.isEmpty, !set.isEmpty {
                // After a list, the space of a paragraph, not the bare leading.
                let more = max(0, paragraphSpace - itemSpace)
                lines[lines.count - 1].height += more
                lines[lines.count - 1].trailingSpace += more
            }
            lines += set
            previous = block
        }
        sections.close(&lines)
        return lines
    }

    private var paragraphSpace: Double { style[.body].spaceAfter.points(relativeTo: style[.body].size) }
    private var itemSpace: Double { style[.listItem].spaceAfter.points(relativeTo: style[.listItem].size) }

    /// A paragraph that ends with a colon introduces the list or table after it: its last
    /// line is not left alone at a column foot, it goes with the list's first item.
    static func keepLeadIn(_ previous: Block?, before block: Block, lines: inout [FlowLine]) {
        switch block { case .list, .table: break; default: return }
        guard case .paragraph(let inlines)? = previous, !lines.isEmpty,
              inlines.plainText.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(":") else { return }
        lines[lines.count - 1].keepWithNext = true
    }

    func lines(for block: Block, x: Double, width: Double) -> [FlowLine] {
        switch block {
        case .heading(let level, let inlines):
            let role = Role.heading(level - 1)
            let tag = "H\(min(max(level, 2), 6))"
            return paragraph(inlines, role: role, x: x, width: width, tag: tag, title: inlines.plainText)
        case .paragraph(let inlines):
            return paragraph(inlines, role: .body, x: x, width: width, tag: "P")
        case .list(let ordered, let start, let items):
            return list(items, ordered: ordered, start: start, x: x, width: width)
        case .quote(let blocks) where KeyMessageRule.opens(blocks):
            return keyMessageBox(blocks, x: x, width: width)
        case .quote(let blocks):
            // Each level steps in by an em, while the text keeps about eight ems to be set in:
            // quotes nested a thousand deep stay on the page.
            let em = style[.quote].size, indent = width - em >= 8 * em ? em : 0
            var set = blocks.flatMap { quoted($0, x: x + indent, width: width - indent) }
            wrap(&set, "BlockQuote")
            return set
        case .figure(let figure):
            return self.figure(figure, x: x, width: width)
        case .thematicBreak:
            let body = style[.body]
            let rule = Shape(.rule(to: Point(x: width, y: 0)), stroke: style.decorations.ruleColor, lineWidth: 0.5)
            return [FlowLine(height: body.leading, items: [(Point(x: x, y: body.leading / 2), .shape(rule))])]
        case .table(let table):
            return self.table(table, x: x, width: width)
        }
    }

    /// Paragraphs inside a quote take the quote role.
    private func quoted(_ block: Block, x: Double, width: Double) -> [FlowLine] {
        if case .paragraph(let inlines) = block { return paragraph(inlines, role: .quote, x: x, width: width, tag: "P") }
        return lines(for: block, x: x, width: width)
    }

    /// A paragraph in a role, as element `tag` (`title`: its outline entry, for headings).
    func paragraph(_ inlines: [Inline], role: Role, x: Double, width: Double, tag: String, title: String? = nil) -> [FlowLine] {
        var s = style[role]
        // Titles and headings are never hyphenated, whatever the sheet says.
        if role.isDisplay { s.hyphenate = false }
        let text = StyledText(inlines, transform: s.transform)
        var set = setter.set(text, style: s, width: width)
        // Titles and headings come out balanced: no last line of one short word.
        if role.isDisplay { set = setter.balanced(set, text: text, style: s, width: width) }
        var lines = set.enumerated().map { flowLine($1, style: s, x: x, first: $0 == 0) }
        guard !lines.isEmpty else { return [] }
        lines[0].spaceBefore = s.spaceBefore.points(relativeTo: s.size)
        // No orphan (first line alone at a column foot), no widow (last line alone at a top).
        lines[0].keepWithNext = lines.count > 1
        if lines.count > 2 { lines[lines.count - 2].keepWithNext = true }
        // No word split across a column, panel or page turn (when avoidable: a run of lines
        // taller than a column is still split): a hyphenated line stays with the next.
        for i in lines.indices.dropLast() where set[i].line.hyphenated { lines[i].keepWithNext = true }
        // A role kept with what follows (headings) also binds its last line to the next block.
        if s.keepWithNext { for i in lines.indices { lines[i].keepWithNext = true } }
        lines[lines.count - 1].height += s.spaceAfter.points(relativeTo: s.size)
        lines[lines.count - 1].trailingSpace += s.spaceAfter.points(relativeTo: s.size)
        lines[0].opens.append(.begin(tag, title: title))
        lines[lines.count - 1].closes.append(.end(tag))
        return lines
    }

    /// A line box of the style's leading, the text centred in it. The first line of a
    /// block whose glyphs are taller than a tight leading grows by the difference, so
    /// the block's glyphs start inside its top.
    private func flowLine(_ set: SetLine, style s: TextStyle, x: Double, first: Bool) -> FlowLine {
        let glyphs = set.line.ascent + set.line.descent
        let overhang = first ? max(0, glyphs - s.leading) : 0
        let leading = s.leading + overhang
        let baseline = overhang + (s.leading - glyphs) / 2 + set.line.ascent
        var line = FlowLine(height: leading)
        line.pieces.append(.item(Point(x: x + set.x, y: baseline), .text(set.line)))
        for link in set.links {
            let top = baseline - set.line.ascent
            line.pieces.append(.item(Point(x: x + set.x + link.x, y: top),
                                     .link(Link(size: Size(width: link.width, height: set.line.ascent + set.line.descent), target: Link.Target(markdown: link.url)))))
        }
        line.problem = set.problem
        return line
    }

    private func list(_ items: [[Block]], ordered: Bool, start: Int, x: Double, width: Double) -> [FlowLine] {
        let item = style[.listItem], markerStyle = style[.listMarker]
        // Markers hang in the indent, right-aligned (so 9. and 10. line up), half an em
        // from the text: a fixed gap, never a stretched word space.
        let markers = items.indices.compactMap { n in
            setter.set(StyledText(ordered ? "\(start + n)." : style.decorations.bullet), style: markerStyle, width: .infinity).first?.line
        }
        let markerWidth = markers.map(\.width).max() ?? 0
        // Deeply nested lists stop taking the full step once the text would get narrower
        // than about eight ems: the marker still hangs, the text keeps room for words.
        let indent = max(markerWidth + 1, min(markerWidth + item.size / 2, width - 8 * item.size))
        var result: [FlowLine] = []
        for (n, blocks) in items.enumerated() {
            var itemLines: [FlowLine] = []
            for (k, block) in blocks.enumerated() {
                Self.keepLeadIn(k > 0 ? blocks[k - 1] : nil, before: block, lines: &itemLines)
                if case .paragraph(let inlines) = block {
                    itemLines += paragraph(inlines, role: .listItem, x: x + indent, width: width - indent, tag: "LBody")
                } else {
                    itemLines += lines(for: block, x: x + indent, width: width - indent)
                }
            }
            guard !itemLines.isEmpty else { continue }
            // The marker sits on the first line's baseline, hanging in the indent.
            if n < markers.count, let baseline = itemLines[0].pieces.lazy.compactMap({ piece -> Double? in
                if case .item(let o, .text) = piece { o.y } else { nil }
            }).first {
                let marker = markers[n]
                let body = itemLines[0].opens.map(FlowLine.Piece.tag)
                itemLines[0].pieces = [.tag(.begin("Lbl")), .item(Point(x: x + markerWidth - marker.width, y: baseline), .text(marker)),
                                       .tag(.end("Lbl"))] + body + itemLines[0].pieces
                itemLines[0].opens = []
            }
            itemLines[0].opens.insert(.begin("LI"), at: 0)
            if n > 0 { itemLines[0].spaceBefore = item.spaceBefore.points(relativeTo: item.size) }
            itemLines[itemLines.count - 1].closes.append(.end("LI"))
            result += itemLines
        }
        wrap(&result, "L")
        return result
    }

    private func wrap(_ lines: inout [FlowLine], _ tag: String) {
        guard !lines.isEmpty else { return }
        lines[0].opens.insert(.begin(tag), at: 0)
        lines[lines.count - 1].closes.append(.end(tag))
    }
}
