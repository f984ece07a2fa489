import FeuilletModel
import FeuilletStyle

/// A social-media card: the title and the short answer over the card background, the
/// source at the foot. Sizes are CSS pixels (0.75 pt), so a 1080 px card is 810 pt.
public struct CardLayout {
    public enum Failure: Error, CustomStringConvertible {
        case doesNotFit(String)
        public var description: String {
            switch self { case .doesNotFit(let what): "the card cannot hold \(what) even at the smallest size the style allows" }
        }
    }

    public let engine: TextEngine
    public let style: StyleSheet
    /// Text may shrink to this share of the style's sizes to fit (auto-fit, simplest form).
    public var minimumScale = 0.6

    public init(engine: TextEngine, style: StyleSheet) {
        self.engine = engine
        self.style = style
    }

    public func layout(_ document: Document, width px: Int, height pxHeight: Int) throws -> Page {
        let size = Size(width: Double(px) * 0.75, height: Double(pxHeight) * 0.75)
        let pad = style.card.padding.points()
        let box = Rect(x: pad, y: pad + style.card.bandHeight.points(), width: size.width - 2 * pad,
                       height: size.height - 2 * pad - style.card.bandHeight.points())
        let setter = ParagraphSetter(engine: engine, hyphenator: nil, maxConsecutiveHyphens: 0)
        let meta = document.metadata

        let footerStyle = style[.cardFooter]
        let footer = [meta.source, meta.date].compactMap { $0 }.joined(separator: " · ")
        let footerLines = footer.isEmpty ? [] : setter.set(StyledText(footer), style: footerStyle, width: box.width)
        let footerHeight = Double(footerLines.count) * footerStyle.leading
        let textBox = Rect(x: box.x, y: box.y, width: box.width, height: box.height - footerHeight - footerStyle.leading)

        var frame = Frame(size: size)
        frame.add(.shape(Shape(.rectangle(size, cornerRadius: 0), fill: style.card.background)), at: .zero)
        if style.card.bandHeight.points() > 0 {
            frame.add(.shape(Shape(.rectangle(Size(width: size.width, height: style.card.bandHeight.points()), cornerRadius: 0),
                                   fill: style.card.bandColor)), at: .zero)
        }
        frame.add(.tag(.begin("Document")), at: .zero)

        var scale = 1.0
        while true {
            var title = style[.cardTitle], body = style[.cardBody]
            title.size *= scale
            body.size *= scale
            let titleLines = setter.set(StyledText([.text(meta.title)], transform: title.transform), style: title, width: textBox.width)
            let bodyLines = meta.summary.map { setter.set(StyledText($0), style: body, width: textBox.width) } ?? []
            let gap = title.spaceAfter.points(relativeTo: title.size) + body.leading * 0.5
            let height = Double(titleLines.count) * title.leading + (bodyLines.isEmpty ? 0 : gap + Double(bodyLines.count) * body.leading)
            let clean = (titleLines + bodyLines).allSatisfy { $0.problem == nil }
            if height <= textBox.height && clean {
                var y = textBox.y
                place(titleLines, style: title, x: textBox.x, y: &y, tag: "H1", into: &frame)
                y += gap
                place(bodyLines, style: body, x: textBox.x, y: &y, tag: "P", into: &frame)
                break
            }
            scale -= 0.05
            guard scale >= minimumScale - 0.001 else { throw Failure.doesNotFit("the title \"\(meta.title)\" and its short answer") }
        }
        var y = box.maxY - footerHeight
        place(footerLines, style: footerStyle, x: box.x, y: &y, tag: "P", into: &frame)
        frame.add(.tag(.end("Document")), at: Point(x: box.x, y: box.maxY))
        return Page(size: size, frame: frame)
    }

    private func place(_ lines: [SetLine], style s: TextStyle, x: Double, y: inout Double, tag: String, into frame: inout Frame) {
        guard !lines.isEmpty else { return }
        frame.add(.tag(.begin(tag)), at: Point(x: x, y: y))
        for line in lines {
            let baseline = y + (s.leading - (line.line.ascent + line.line.descent)) / 2 + line.line.ascent
            frame.add(.text(line.line), at: Point(x: x + line.x, y: baseline))
            y += s.leading
        }
        frame.add(.tag(.end(tag)), at: Point(x: x, y: y))
    }
}
