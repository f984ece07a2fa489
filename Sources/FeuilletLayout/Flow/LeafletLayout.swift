import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting

/// What layout made, and what it had to report (lines wider than their measure).
public struct LayoutResult {
    public var pages: [Page]
    /// The document's elements in reading order, which the pages' items point into.
    public var structure: StructureTree
    public var warnings: [String]
    /// What a fixed-size format had no room for (the pages then hold only what fitted).
    public var overflow: Overflow?
    /// The share of the style's sizes the text was set at (below 1 after `--fit shrink`).
    public var scale: Double
    /// The text of blocks left out as repeats (a heading that repeats the title): not lost.
    public var omitted: [String] = []

    public init(pages: [Page], structure: StructureTree, warnings: [String], overflow: Overflow? = nil, scale: Double = 1) {
        self.pages = pages
        self.structure = structure
        self.warnings = warnings
        self.overflow = overflow
        self.scale = scale
    }
}

/// An article as a print leaflet: title and short answer across the top of the first
/// page, the body in the style's columns over as many pages as it needs, and a running
/// footer with the source, the date and the page number.
public struct LeafletLayout {
    public let engine: TextEngine
    public let hyphenator: Hyphenator?
    public let style: StyleSheet
    /// What the print format adds to the article (key messages, back, page limit).
    var parts = LeafletParts(labels: Labels.of(Metadata.defaultLanguage))
    /// Shared by layouts of one document that differ only in spacing.
    var memo: SetLinesMemo?
    /// The pictures of the article's figures.
    var pictures = Pictures()

    public init(engine: TextEngine, hyphenator: Hyphenator?, style: StyleSheet) {
        self.engine = engine
        self.hyphenator = hyphenator
        self.style = style
    }

    public func layout(_ document: Document) -> LayoutResult {
        let p = style.page
        let size = Size(width: p.width.points(), height: p.height.points())
        let page = Rect(x: p.marginLeft.points(), y: p.marginTop.points(),
                        width: size.width - p.marginLeft.points() - p.marginRight.points(),
                        height: size.height - p.marginTop.points() - p.marginBottom.points())
        var setter = BlockSetter(setter: ParagraphSetter(engine: engine, hyphenator: hyphenator,
                                                         maxConsecutiveHyphens: style.typography.maxConsecutiveHyphens, memo: memo),
                                 style: style)
        let rise = footerRise(document.metadata, setter: setter, text: page, pageHeight: size.height)
        var content = page
        content.height -= rise
        setter.pictures = pictures
        // A figure leaves room on its page for a few lines of text and its caption.
        setter.figureHeight = content.height * 0.6

        var first = Frame(size: size)
        var structure = StructureTree()
        let headerBottom = header(document.metadata, setter: setter, page: size, content: content, into: &first, structure: &structure)
        // The header is not flowed: one taller than the page does not fit, whatever follows.
        if headerBottom > content.maxY + 0.01 {
            return LayoutResult(pages: [Page(size: size, frame: first)], structure: structure, warnings: [],
                                overflow: Overflow(block: "the title and short answer", missing: headerBottom - content.maxY))
        }

        let gutter = p.gutter.points()
        let columnWidth = (content.width - gutter * Double(p.columns - 1)) / Double(p.columns)
        func columns(from top: Double) -> [Rect] {
            (0..<p.columns).map { Rect(x: content.x + Double($0) * (columnWidth + gutter), y: top, width: columnWidth, height: content.maxY - top) }
        }
        let body = setter.lines(for: document.blocks, width: columnWidth) + parts.backLines(document.metadata, setter: setter, width: columnWidth)
        var flow = ColumnFlow(pageSize: size, firstColumns: columns(from: headerBottom), columns: columns(from: content.y), firstFrame: first,
                              maxPages: parts.maxPages)
        flow.place(body, structure: &structure)
        flow.balanceLastPage(body, structure: &structure)

        var frames = flow.frames
        for n in frames.indices {
            footer(document.metadata, page: n + 1, of: frames.count, setter: setter, content: page, rise: rise, into: &frames[n])
            if p.background != .white {
                frames[n].addBehind(.shape(Shape(.rectangle(size, cornerRadius: 0), fill: p.background)), at: .zero)
            }
        }
        let warnings = body.compactMap(\.problem)
        return LayoutResult(pages: frames.map { Page(size: size, frame: $0) }, structure: structure, warnings: warnings, overflow: flow.overflow)
    }

    /// Title (over its band, above its rule) and short answer (in its box) across the
    /// page; returns where the columns start.
    private func header(_ meta: Metadata, setter: BlockSetter, page: Size, content: Rect, into frame: inout Frame,
                        structure: inout StructureTree) -> Double {
        var y = content.y
        func stack(_ lines: [FlowLine]) {
            for line in lines {
                y += line.spaceBefore
                line.place(in: &frame, x: content.x, top: y, structure: &structure)
                y += line.height
            }
        }
        let title = style[.title]
        let titleSpaceAfter = title.spaceAfter.points(relativeTo: title.size)
        // The logo at the top right, read first; the title keeps clear of it, beside it
        // where the page is wide enough for both, under it on a narrow one (DL).
        var titleWidth = content.width, logoBottom = y
        if let logo = style.logo, let mark = LogoMark(style: style, pictures: pictures)
            .line(on: style.decorations.titleBand?.color ?? style.page.background, width: logo.width.points()) {
            let width = logo.width.points()
            mark.place(in: &frame, x: content.maxX - width, top: y, structure: &structure)
            if content.width - width - Self.logoGap >= content.width * Self.titleShareBesideLogo {
                titleWidth -= width + Self.logoGap
                logoBottom = y + mark.height + titleSpaceAfter
            } else {
                y += mark.height + Self.logoGap
            }
        }
        stack(titleLines(meta.title, setter: setter, width: titleWidth, measure: content.width))
        y = max(y, logoBottom)
        if let band = style.decorations.titleBand {
            let bottom = y - titleSpaceAfter + band.padding.points()
            frame.addBehind(.shape(Shape(.rectangle(Size(width: page.width, height: bottom), cornerRadius: 0), fill: band.color)), at: .zero)
            y = bottom + titleSpaceAfter
        }
        let rule = style.decorations.titleRuleWidth.points()
        if rule > 0 {
            frame.add(.shape(Shape(.rule(to: Point(x: content.width, y: 0)), stroke: style.decorations.ruleColor, lineWidth: rule)),
                      at: Point(x: content.x, y: y + rule / 2))
            y += rule + titleSpaceAfter
        }
        if let summary = meta.summary {
            let s = style[.summary], box = style.decorations.boxes[.summary], inset = box?.inset ?? 0
            let lines = setter.paragraph([.text(summary)], role: .summary, x: inset, width: content.width - 2 * inset, tag: "P")
            stack(box.map { BoxedLines.wrap(lines, in: $0, x: 0, width: content.width, spaceAfter: s.spaceAfter.points(relativeTo: s.size)) } ?? lines)
        }
        stack(setter.lines(for: parts.cover, width: content.width))
        return y
    }

    /// The title in `width` beside the logo; set down a little (to 90 % at most) where
    /// that keeps it to as many lines as across the whole `measure`, as a designer would
    /// rather than send the page's last lines over.
    private func titleLines(_ title: String, setter: BlockSetter, width: Double, measure: Double) -> [FlowLine] {
        func set(_ setter: BlockSetter, _ width: Double) -> [FlowLine] {
            setter.paragraph([.text(title)], role: .title, x: 0, width: width, tag: "H1", title: title)
        }
        var lines = set(setter, width)
        if width < measure {
            let across = set(setter, measure).count
            for factor in Self.titleSteps where lines.count > across {
                let smaller = set(setter.scaled(by: factor), width)
                if smaller.count <= across { return smaller }
            }
        }
        // A long title in a narrow measure (a DL) would fill the recto: it is set smaller,
        // never under the first heading's size, until it holds in a few lines.
        let least = style[.heading1].size / style[.title].size
        for factor in Self.longTitleSteps where lines.count > Self.titleMostLines && factor >= least {
            lines = set(setter.scaled(by: factor), width)
        }
        return lines
    }

    static let titleSteps = [0.95, 0.9]

    /// Lines a title may take at its size before it is set smaller, by `longTitleSteps`.
    static let titleMostLines = 5
    static let longTitleSteps = [0.9, 0.8, 0.7]

    /// Between the title and the logo beside it.
    static let logoGap = Length.mm(6).points()

    /// The least share of the measure a title keeps beside the logo; on a page narrower
    /// than that the logo goes above it.
    static let titleShareBesideLogo = 0.65

    /// Source and date (as the article's language writes it) on the left, the page number
    /// ("n/N", the `page` label) on the right, in the bottom margin, under the footer rule
    /// if the style has one. A source too long for one line (large print
    /// on a DL) runs on over more lines, never cut off; the footer rises into the text area
    /// by `rise` points (`footerRise`), which the columns leave free.
    private func footer(_ meta: Metadata, page: Int, of count: Int, setter: BlockSetter, content: Rect, rise: Double,
                        into frame: inout Frame) {
        let s = style[.footer]
        let baseline = content.maxY + s.leading * 1.5 - rise
        let rule = style.decorations.footerRuleWidth.points()
        if rule > 0 {
            frame.add(.shape(Shape(.rule(to: Point(x: content.width, y: 0)), stroke: style.decorations.ruleColor, lineWidth: rule)),
                      at: Point(x: content.x, y: baseline - s.leading))
        }
        let number = StyledText([.text(parts.labels.page(page, of: count))], transform: s.transform)
        for (n, line) in footerLines(meta, setter: setter, width: content.width).enumerated() {
            frame.add(.text(line.line), at: Point(x: content.x + line.x, y: baseline + Double(n) * s.leading))
        }
        if let line = setter.setter.set(number, style: s, width: content.width).first {
            frame.add(.text(line.line), at: Point(x: content.maxX - line.line.width, y: baseline))
        }
    }

    /// The footer's source and date, set beside room for the widest page number.
    private func footerLines(_ meta: Metadata, setter: BlockSetter, width: Double) -> [SetLine] {
        let s = style[.footer]
        // What the back already says is not repeated at the foot of every page.
        let parts = [self.parts.back.contains(.source) ? nil : meta.source, self.parts.back.contains(.date) ? nil : meta.date.map(self.parts.labels.longDate)]
        let left = StyledText([.text(parts.compactMap { $0 }.joined(separator: " · "))], transform: s.transform)
        let number = StyledText([.text(self.parts.labels.page(99, of: 99))], transform: s.transform)
        let numberWidth = setter.setter.set(number, style: s, width: width).first?.line.width ?? 0
        return setter.setter.set(left, style: s, width: width - numberWidth - s.size * 2)
    }

    /// How far the footer rises into the text area so that its last line ends inside the
    /// page's safe area: a source over more lines, or a large footer in a DL's margin.
    private func footerRise(_ meta: Metadata, setter: BlockSetter, text: Rect, pageHeight: Double) -> Double {
        let lines = footerLines(meta, setter: setter, width: text.width), leading = style[.footer].leading
        let lastBaseline = text.maxY + leading * 1.5 + Double(max(0, lines.count - 1)) * leading
        // A point to spare: the check pads each line's box by half of one.
        let bottom = lastBaseline + (lines.last?.line.descent ?? 0) + 1
        return max(0, bottom - (pageHeight - PrintTemplate.safeMargin))
    }
}
