import FeuilletModel
import FeuilletStyle

/// What a print format's template puts around the article's body: the key messages on the
/// cover or the back, the closing parts (source, date, disclaimer), and a page limit.
struct LeafletParts {
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

    /// Source, date and disclaimer under a short rule, kept together.
    func closing(_ meta: Metadata, setter: BlockSetter, width: Double) -> [FlowLine] {
        let texts: [(String, Role)] = back.compactMap { part in
            switch part {
            case .source: meta.source.map { (Labels.source($0), .footer) }
            case .date: meta.date.map { (Labels.date($0), .footer) }
            case .disclaimer: (Labels.disclaimer, .keyMessage)
            }
        }
        var lines = texts.flatMap { text, role in setter.paragraph([.text(text)], role: role, x: 0, width: width, tag: "P") }
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
