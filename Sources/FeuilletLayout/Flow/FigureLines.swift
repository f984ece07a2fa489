import FeuilletModel
import FeuilletStyle

extension BlockSetter {
    /// A figure: its picture centred in the column, as wide as the article asks (else the
    /// column), never wider than its pixels hold at 150 ppi nor taller than a column, its
    /// proportions kept; its caption under it in the caption role; the whole kept together
    /// in a `Figure` element with the description as `/Alt`.
    func figure(_ figure: Figure, x: Double, width: Double) -> [FlowLine] {
        guard let picture = pictures[figure.file] else {
            var line = FlowLine(height: 0)
            line.problem = "the figure \"\(figure.source)\" has no picture: \(figure.problem ?? "it was not read")"
            return [line]
        }
        var w = min(width * (figure.width ?? 1), picture.maximumWidth)
        var h = w / picture.aspect
        let captionRoom = figure.caption == nil ? 0 : 3 * style[.caption].leading
        if h > figureHeight - captionRoom {
            h = max(1, figureHeight - captionRoom)
            w = h * picture.aspect
        }
        let body = style[.body], space = body.spaceAfter.points(relativeTo: body.size)
        var image = FlowLine(height: h, items: [(Point(x: x + (width - w) / 2, y: 0), picture.item(Size(width: w, height: h)))])
        image.spaceBefore = space
        image.opens = [.begin("Figure", alt: figure.alt)]
        var lines = [image]
        if let caption = figure.caption {
            var set = paragraph([.text(caption)], role: .caption, x: x, width: width, tag: "Caption")
            set[0].spaceBefore = style[.caption].spaceBefore.points(relativeTo: style[.caption].size)
            lines += set
        }
        // Never split: the picture, its caption, and the space under them.
        for i in lines.indices.dropLast() { lines[i].keepWithNext = true }
        lines[lines.count - 1].closes.append(.end("Figure"))
        lines[lines.count - 1].height += space
        lines[lines.count - 1].trailingSpace += space
        return lines
    }
}
