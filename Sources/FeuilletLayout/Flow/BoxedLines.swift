import FeuilletStyle

/// Puts lines of text in a box: the box is drawn behind them, its border and padding
/// added above and below, and the lines kept in one column so the box never splits.
enum BoxedLines {
    /// `lines` were set `box.inset` narrower than the box and that far right of its left
    /// edge `x`; `spaceAfter`, already in the last line's height, stays below the box.
    static func wrap(_ lines: [FlowLine], in box: BoxStyle, x: Double, width: Double, spaceAfter: Double) -> [FlowLine] {
        guard !lines.isEmpty else { return lines }
        let inset = box.inset
        var lines = lines
        lines[0].height += inset
        lines[0].shift(by: inset)
        lines[lines.count - 1].height += inset
        for i in lines.indices.dropLast() { lines[i].keepWithNext = true }
        let height = lines.reduce(0) { $0 + $1.height } + lines.dropFirst().reduce(0) { $0 + $1.spaceBefore } - spaceAfter
        let (origin, shape) = Shape.box(box, in: Rect(x: x, y: 0, width: width, height: height))
        lines[0].pieces.insert(.item(origin, .shape(shape)), at: 0)
        return lines
    }
}
