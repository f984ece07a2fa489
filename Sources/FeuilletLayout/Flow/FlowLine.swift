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
    /// Text of the line that crosses its measure, for the overflow report.
    var overfullText: String?
}
