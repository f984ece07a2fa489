import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting

/// What layout made, and what it had to report (lines wider than their measure).
public struct LayoutResult {
    public var pages: [Page]
    public var warnings: [String]

    public init(pages: [Page], warnings: [String]) {
        self.pages = pages
        self.warnings = warnings
    }
}

/// An article as a print leaflet: title and short answer across the top of the first
/// page, the body in the style's columns over as many pages as it needs, and a running
/// footer with the source, the date and the page number.
public struct LeafletLayout {
    public let engine: TextEngine
    public let hyphenator: Hyphenator?
    public let style: StyleSheet

    public init(engine: TextEngine, hyphenator: Hyphenator?, style: StyleSheet) {
        self.engine = engine
        self.hyphenator = hyphenator
        self.style = style
    }

    public func layout(_ document: Document) -> LayoutResult {
        let p = style.page
        let size = Size(width: p.width.points(), height: p.height.points())
        let content = Rect(x: p.marginLeft.points(), y: p.marginTop.points(),
                           width: size.width - p.marginLeft.points() - p.marginRight.points(),
                           height: size.height - p.marginTop.points() - p.marginBottom.points())
        let setter = BlockSetter(setter: ParagraphSetter(engine: engine, hyphenator: hyphenator,
                                                         maxConsecutiveHyphens: style.typography.maxConsecutiveHyphens),
                                 style: style)

        var first = Frame(size: size)
        first.add(.tag(.begin("Document")), at: Point(x: content.x, y: content.y))
        let headerBottom = header(document.metadata, setter: setter, content: content, into: &first)

        let gutter = p.gutter.points()
        let columnWidth = (content.width - gutter * Double(p.columns - 1)) / Double(p.columns)
        func columns(from top: Double) -> [Rect] {
            (0..<p.columns).map { Rect(x: content.x + Double($0) * (columnWidth + gutter), y: top, width: columnWidth, height: content.maxY - top) }
        }
        let body = setter.lines(for: document.blocks, width: columnWidth)
        var flow = ColumnFlow(pageSize: size, firstColumns: columns(from: headerBottom), columns: columns(from: content.y), firstFrame: first)
        flow.place(body)

        var frames = flow.frames
        frames[frames.count - 1].add(.tag(.end("Document")), at: Point(x: content.x, y: content.maxY))
        for n in frames.indices {
            footer(document.metadata, page: n + 1, of: frames.count, setter: setter, content: content, into: &frames[n])
        }
        let warnings = body.compactMap(\.problem)
        return LayoutResult(pages: frames.map { Page(size: size, frame: $0) }, warnings: warnings)
    }

    /// Title, rule and short answer across the page; returns where the columns start.
    private func header(_ meta: Metadata, setter: BlockSetter, content: Rect, into frame: inout Frame) -> Double {
        var y = content.y
        func stack(_ lines: [FlowLine]) {
            for line in lines {
                line.place(in: &frame, x: content.x, top: y)
                y += line.height
            }
        }
        stack(setter.paragraph([.text(meta.title)], role: .title, x: 0, width: content.width, tag: "H1", outline: meta.title))
        let rule = style.decorations.titleRuleWidth.points()
        if rule > 0 {
            frame.add(.shape(Shape(.rule(to: Point(x: content.width, y: 0)), stroke: style.decorations.ruleColor, lineWidth: rule)),
                      at: Point(x: content.x, y: y + rule / 2))
            y += rule + style[.title].spaceAfter.points(relativeTo: style[.title].size)
        }
        if let summary = meta.summary {
            stack(setter.paragraph([.text(summary)], role: .summary, x: 0, width: content.width, tag: "P"))
        }
        return y
    }

    /// Source and date on the left, "page n/N" on the right, in the bottom margin.
    private func footer(_ meta: Metadata, page: Int, of count: Int, setter: BlockSetter, content: Rect, into frame: inout Frame) {
        let s = style[.footer]
        let baseline = content.maxY + s.leading * 1.5
        let left = [meta.source, meta.date].compactMap { $0 }.joined(separator: " · ")
        let number = "\(page)/\(count)"
        let numberWidth = setter.setter.set(StyledText(number), style: s, width: content.width).first?.line.width ?? 0
        if !left.isEmpty, let line = setter.setter.set(StyledText(left), style: s, width: content.width - numberWidth - s.size * 2).first {
            frame.add(.text(line.line), at: Point(x: content.x, y: baseline))
        }
        if let line = setter.setter.set(StyledText(number), style: s, width: content.width).first {
            frame.add(.text(line.line), at: Point(x: content.maxX - line.line.width, y: baseline))
        }
    }
}
