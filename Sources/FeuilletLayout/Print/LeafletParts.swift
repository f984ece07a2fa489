import FeuilletModel
import FeuilletStyle

/// What a print format's template puts around the article's body: the key messages on the
/// cover or the back, the closing parts (source, date, disclaimer), and a page limit.
struct LeafletParts {
    /// The fixed texts of the article's language.
    var labels: Labels
    init(labels: Labels, back: [FormatStyle.BackPart] = []) {
        self.labels = labels
        self.back = back
    }

    /// Blocks set across the cover, under the short answer.
    var cover: [Block] = []
    /// Blocks at the head of the back, before its closing parts.
    var backBlocks: [Block] = []
    var back: [FormatStyle.BackPart] = []
    /// nil: as many pages as the text needs.
    var maxPages: Int?
    /// What was left out of the body as a repeat (of the title, of the disclaimer), and the
    /// notes that say so.
    var omitted: [String] = []
    var notes: [String] = []

    /// The back as lines that follow the body: its blocks, then the closing parts.
    func backLines(_ meta: Metadata, setter: BlockSetter, width: Double) -> [FlowLine] {
        setter.lines(for: backBlocks, width: width) + closing(meta, setter: setter, width: width)
    }

    /// The closing note as errors name it, and as the page make-up knows it.
    static let closingNote = "the closing note"

    /// The article's address as a QR code, its words beside it, after the closing parts:
    /// the reader of a paper leaflet goes on reading online. A style can turn it off
    /// (`decorations.qr-code: false`): the address is then printed alone.
    func address(_ meta: Metadata, setter: BlockSetter, width: Double) -> [FlowLine] {
        guard let address = meta.sourceURL else { return [] }
        let words: [Inline] = [.text(labels[.fullArticle]), .lineBreak, .link(url: address, [.text(address)])]
        guard setter.style.decorations.qrCode, let picture = QRCodeMark.picture(address) else {
            return setter.paragraph(words, role: .footer, x: 0, width: width, tag: "P")
        }
        let side = max(QRCodeMark.minimumWidth, min(Length.mm(22).points(), width / 3)), gap = setter.style[.footer].size
        var line = FlowLine(height: side, items: [])
        line.spaceBefore = setter.style[.footer].leading * 0.6
        line.pieces = [.tag(.begin("Figure", alt: address)), .item(.zero, picture.item(Size(width: side, height: side))), .tag(.end("Figure"))]
        let lines = setter.paragraph(words, role: .footer, x: side + gap, width: width - side - gap, tag: "P")
        line.placeBeside(lines, top: max(0, (side - lines.reduce(0) { $0 + $1.height }) / 2))
        line.height = max(side, lines.reduce(0) { $0 + $1.height + $1.spaceBefore })
        return [line]
    }

    /// Source, author, date and disclaimer (as the format's `back` orders them), then the
    /// article's address, under a short rule, kept together.
    func closing(_ meta: Metadata, setter: BlockSetter, width: Double) -> [FlowLine] {
        let texts: [(String, Role)] = back.compactMap { part in
            switch part {
            case .source: meta.source.map { (labels.source($0), .footer) }
            case .author: meta.author.map { (labels.author($0), .footer) }
            case .date: meta.date.map { (labels.date($0), .footer) }
            case .disclaimer: (labels[.disclaimer], .keyMessage)
            }
        }
        var lines = texts.flatMap { text, role in setter.paragraph([.text(text)], role: role, x: 0, width: width, tag: "P") }
        lines += address(meta, setter: setter, width: width)
        guard !lines.isEmpty else { return [] }
        let footer = setter.style[.footer]
        let rule = Shape(.rule(to: Point(x: width / 4, y: 0)), stroke: setter.style.decorations.ruleColor, lineWidth: 0.75)
        var ruleLine = FlowLine(height: footer.leading, items: [(Point(x: 0, y: footer.leading / 2), .shape(rule))])
        ruleLine.spaceBefore = footer.leading
        lines.insert(ruleLine, at: 0)
        for i in lines.indices {
            lines[i].keepWithNext = i < lines.count - 1
            lines[i].block = Self.closingNote
        }
        return lines
    }
}
