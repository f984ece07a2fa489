import FeuilletModel
import FeuilletStyle

/// The 3-panel roll fold ("dépliant 3 volets"): A4 landscape printed on both sides. The
/// outside shows, left to right, the inner flap, the back and the front cover; the inside,
/// three panels. Panels are 100, 100 and 97 mm wide: the flap folds in, so it is narrower.
/// The body runs over the inside panels, then the flap. The sides are drawn outside first,
/// but read cover, inside, flap, back: the parts are placed in that order, so the structure
/// tree is built in reading order.
struct TrifoldLayout {
    /// Panel widths of the outside, left to right; the inside is the other way round.
    static let outside = [97.0, 100, 100].map { Length.mm($0).points() }

    /// A panel and which of its sides are folds (the others are the trim).
    struct Panel {
        var rect: Rect
        var foldLeft: Bool
        var foldRight: Bool
    }

    let setter: BlockSetter
    let template: PrintTemplate
    private var style: StyleSheet { setter.style }

    /// Panel frames as the flow sees them: the outside's three, then the inside's.
    private static func panelIndex(side: Int, _ i: Int) -> Int { side * 3 + i }

    func layout(_ document: Document, body: [Block], parts: LeafletParts) -> LayoutResult {
        let size = template.trim
        let sides = [panels(Self.outside), panels(Self.outside.reversed())]
        // Each panel is laid out in its own frame, from its own top-left corner, then put
        // on its side of the sheet as a group: nothing is laid out in sheet coordinates.
        var frames = sides.flatMap { $0.map { Frame(size: Size(width: $0.rect.width, height: $0.rect.height)) } }
        var structure = StructureTree()
        var overflows: [Overflow] = []
        let (outside, inside) = (sides[0], sides[1])

        // Placed in reading order: cover, inside panels, flap, back.
        cover(document.metadata, extra: parts.cover, panel: outside[2], frames: &frames, structure: &structure, overflows: &overflows)

        // One measure for every panel the body runs over, centred in the wider ones.
        let flowPanels = inside + [outside[0]]
        let n = Double(template.columns)
        let width = flowPanels.map { (content($0).width - template.gutter * (n - 1)) / n }.min()!
        let regions = inside.indices.flatMap { columns(inside[$0], width: width, frame: Self.panelIndex(side: 1, $0)) }
            + columns(outside[0], width: width, frame: Self.panelIndex(side: 0, 0))
        let lines = setter.lines(for: body, width: width)
        var flow = ColumnFlow(frames: frames, regions: .fixed(regions))
        var flowed = structure
        flow.place(lines, structure: &flowed)
        let flapColumns = regions.suffix(template.columns)
        let insideColumns = regions.dropLast(template.columns)
        // A text that leaves the last inside panel empty is spread over the three, in
        // columns of about one height: the reader opens the leaflet on all of them at once.
        if flow.overflow == nil, flow.index < insideColumns.count - 1,
           let balanced = ColumnFlow.balanced(lines, in: Array(insideColumns), frames: frames, structure: structure, freely: false) {
            (frames, structure) = balanced
        } else {
            (frames, structure) = (flow.frames, flowed)
        }
        overflows += flow.overflow.map { [$0] } ?? []
        if flow.overflow == nil, flow.index < regions.count - flapColumns.count, let flap = flapColumns.first {
            notes(parts.labels[.notes], in: Rect(x: flap.rect.x, y: flap.rect.y, width: flapColumns.last!.rect.maxX - flap.rect.x, height: flap.rect.height),
                  frames: &frames, structure: &structure)
        }

        back(document.metadata, parts: parts, panel: outside[1], frame: Self.panelIndex(side: 0, 1), frames: &frames, structure: &structure,
             overflows: &overflows)
        let pages = sides.enumerated().map { side, panels in
            var page = Frame(size: size)
            if style.page.background != .white {
                page.add(.shape(Shape(.rectangle(size, cornerRadius: 0), fill: style.page.background)), at: .zero)
            }
            // The cover's colour runs to the trim (and into the bleed): a background of the sheet.
            if side == 0, let background = template.coverBackground {
                let cover = panels[2].rect
                page.add(.shape(Shape(.rectangle(Size(width: cover.width, height: cover.height), cornerRadius: 0), fill: background)),
                         at: Point(x: cover.x, y: cover.y))
            }
            for (i, panel) in panels.enumerated() {
                page.add(.group(frames[Self.panelIndex(side: side, i)], clip: nil), at: Point(x: panel.rect.x, y: panel.rect.y))
            }
            return Page(size: size, frame: page, sheet: SheetGeometry(trim: Rect(x: 0, y: 0, width: size.width, height: size.height), bleed: 0,
                                                                     folds: panels.dropFirst().map(\.rect.x), safeAreas: panels.map(safeArea)))
        }
        return LayoutResult(pages: pages, structure: structure, warnings: lines.compactMap(\.problem), overflow: overflows.first)
    }

    // MARK: panels

    private func panels(_ widths: [Double]) -> [Panel] {
        var x = 0.0
        return widths.enumerated().map { i, width in
            defer { x += width }
            return Panel(rect: Rect(x: x, y: 0, width: width, height: template.trim.height), foldLeft: i > 0, foldRight: i < widths.count - 1)
        }
    }

    /// The panel inside its margins, in the panel's own coordinates: the format's margins
    /// at the trim, the fold margin at a fold.
    private func content(_ p: Panel) -> Rect {
        inset(p, trim: (template.top, template.right, template.bottom, template.left), fold: template.foldMargin)
    }

    /// Where text may go, in the sheet's coordinates (for the dump and the checks).
    private func safeArea(_ p: Panel) -> Rect {
        let safe = PrintTemplate.safeMargin
        let r = inset(p, trim: (safe, safe, safe, safe), fold: PrintTemplate.foldSafeMargin)
        return Rect(x: p.rect.x + r.x, y: p.rect.y + r.y, width: r.width, height: r.height)
    }

    private func inset(_ p: Panel, trim: (top: Double, right: Double, bottom: Double, left: Double), fold: Double) -> Rect {
        let left = p.foldLeft ? fold : trim.left, right = p.foldRight ? fold : trim.right
        return Rect(x: left, y: trim.top, width: p.rect.width - left - right, height: p.rect.height - trim.top - trim.bottom)
    }

    private func columns(_ panel: Panel, width: Double, frame: Int) -> [Region] {
        let c = content(panel), n = template.columns
        let start = c.x + (c.width - Double(n) * width - Double(n - 1) * template.gutter) / 2
        return (0..<n).map { i in
            Region(rect: Rect(x: start + Double(i) * (width + template.gutter), y: c.y, width: width, height: c.height), page: frame)
        }
    }

    /// Places lines in regions; what did not fit, if anything.
    private func place(_ lines: [FlowLine], in regions: [Region], frames: inout [Frame], structure: inout StructureTree) -> [Overflow] {
        var flow = ColumnFlow(frames: frames, regions: .fixed(regions))
        flow.place(lines, structure: &structure)
        frames = flow.frames
        return flow.overflow.map { [$0] } ?? []
    }

    private static func height(_ lines: [FlowLine]) -> Double {
        lines.reduce(0) { $0 + $1.height + $1.spaceBefore } - (lines.first?.spaceBefore ?? 0)
    }

    // MARK: cover, flap and back

    /// A flap the text did not reach gets a titled, ruled space for the reader's notes.
    private func notes(_ label: String, in area: Rect, frames: inout [Frame], structure: inout StructureTree) {
        let title = setter.paragraph([.text(label)], role: .heading1, x: 0, width: area.width, tag: "P")
        let gap = style[.body].leading * 1.8, space = area.height - Self.height(title) - 1
        // Lines a hand can write on, a line and a half of body text apart.
        let rule = Shape(.rule(to: Point(x: area.width, y: 0)), stroke: style.palette["muted"] ?? style.decorations.ruleColor, lineWidth: 0.4)
        let ruled = FlowLine(height: space, items: stride(from: gap, through: space, by: gap).map { (Point(x: 0, y: $0), .shape(rule)) })
        _ = place(title + [ruled], in: [Region(rect: area, page: Self.panelIndex(side: 0, 0))], frames: &frames, structure: &structure)
    }

    /// The front cover: its colour to the trim, the title, a short rule and the short answer
    /// a third of the way down, in colours that read on it.
    private func cover(_ meta: Metadata, extra: [Block], panel: Panel, frames: inout [Frame], structure: inout StructureTree,
                       overflows: inout [Overflow]) {
        let c = content(panel)
        let background = template.coverBackground
        let cover = BlockSetter(setter: setter.setter, style: coverStyle(on: background ?? style.page.background))
        var lines = cover.paragraph([.text(meta.title)], role: .title, x: 0, width: c.width, tag: "H1", title: meta.title)
        for i in lines.indices { lines[i].block = "the title" }
        if let summary = meta.summary {
            let thickness = max(style.decorations.titleRuleWidth.points(), 1.5)
            let rule = Shape(.rule(to: Point(x: c.width / 3, y: 0)), stroke: cover.style.decorations.ruleColor, lineWidth: thickness)
            var set = [FlowLine(height: thickness + 10, items: [(Point(x: 0, y: thickness / 2), .shape(rule))])]
            set += cover.paragraph([.text(summary)], role: .summary, x: 0, width: c.width, tag: "P")
            for i in set.indices { set[i].block = "the short answer" }
            lines += set
        }
        lines += cover.lines(for: extra, width: c.width)
        // The logo at the head of the cover, read first; the title a third of the way down, below it.
        var head = c.y
        if let logo = style.logo, let mark = LogoMark(style: style, pictures: setter.pictures)
            .line(on: background ?? style.page.background, width: min(logo.width.points(), c.width)) {
            overflows += place([mark], in: [Region(rect: Rect(x: c.x, y: c.y, width: c.width, height: c.height), page: Self.panelIndex(side: 0, 2))],
                               frames: &frames, structure: &structure)
            head += mark.height + style[.body].leading
        }
        let top = max(head, c.y + max(0, (c.height - Self.height(lines)) * 0.3))
        overflows += place(lines, in: [Region(rect: Rect(x: c.x, y: top, width: c.width, height: c.maxY - top), page: Self.panelIndex(side: 0, 2))],
                           frames: &frames, structure: &structure)
    }

    /// The style for the cover: title, short answer and rule in colours that read on the
    /// cover's; a coloured cover is the short answer's box.
    private func coverStyle(on background: Color) -> StyleSheet {
        var s = style
        let text = style.palette["text"] ?? .black
        func readable(_ color: Color) -> Color {
            if color.contrast(with: background) >= 4.5 { return color }
            return [Color.white, text].max { $0.contrast(with: background) < $1.contrast(with: background) }!
        }
        for role in [Role.title, .summary] { s.roles[role]?.color = readable(style[role].color) }
        s.decorations.ruleColor = readable(style.decorations.ruleColor)
        if template.coverBackground != nil { s.decorations.boxes[.summary] = nil }
        return s
    }

    /// The back: the key messages at the head (when the template puts them there), the
    /// source, date and disclaimer at the foot.
    private func back(_ meta: Metadata, parts: LeafletParts, panel: Panel, frame: Int, frames: inout [Frame], structure: inout StructureTree,
                      overflows: inout [Overflow]) {
        let c = content(panel)
        var closing = parts.closing(meta, setter: setter, width: c.width)
        // The back ends with the house's logo above the closing note.
        if let logo = style.logo, var mark = LogoMark(style: style, pictures: setter.pictures)
            .line(on: style.page.background, width: min(logo.width.points(), c.width)), !closing.isEmpty {
            mark.keepWithNext = true
            mark.block = LeafletParts.closingNote
            closing.insert(mark, at: 0)
        }
        let foot = Self.height(closing)
        overflows += place(setter.lines(for: parts.backBlocks, width: c.width),
                           in: [Region(rect: Rect(x: c.x, y: c.y, width: c.width, height: c.height - foot), page: frame)], frames: &frames,
                           structure: &structure)
        overflows += place(closing, in: [Region(rect: Rect(x: c.x, y: c.maxY - foot, width: c.width, height: foot), page: frame)],
                           frames: &frames, structure: &structure)
    }
}
