/// One line of a column's content, ready to be stacked: its items are relative to the
/// top-left corner of the column at the line's top.
struct FlowLine {
    var height: Double
    /// Space above the line; dropped when the line starts a column.
    var spaceBefore: Double = 0
    /// This line and the next must share a column (heading with its text, no orphan or widow).
    var keepWithNext = false
    var items: [(origin: Point, item: FrameItem)] = []
    /// Structure tags opened before the line's items and closed after them.
    var opens: [StructureTag] = []
    var closes: [StructureTag] = []
    /// What layout must report about this line (see `SetLine.problem`).
    var problem: String?
    /// The block the line belongs to, as an error names it: `the paragraph "Les traitements…"`.
    var block: String?
}

extension FlowLine {
    /// Adds the line's tags and items to `frame`, with the line's top-left corner at (x, top).
    func place(in frame: inout Frame, x: Double, top: Double) {
        for tag in opens { frame.add(.tag(tag), at: Point(x: x, y: top)) }
        for (origin, item) in items { frame.add(item, at: Point(x: x + origin.x, y: top + origin.y)) }
        for tag in closes { frame.add(.tag(tag), at: Point(x: x, y: top + height)) }
    }
}
