import FeuilletModel
import FeuilletStyle

/// A table set in a column. Its columns share the measure as CSS's automatic table layout
/// shares it (`ColumnWidths`, from the cells' content: `TableGrid`). A table whose words do
/// not fit whole is set smaller, by the steps `--fit shrink` takes, down to the sheet's
/// `page.min-scale`; at that size its words may be hyphenated; past that it cannot be
/// placed (the flow stops, naming it). Each row is one line of the flow, so no row splits
/// across a turn; the header row stays with the first row, and a column the table goes
/// on in starts with it again, drawn as an artifact: the structure holds it once (Table,
/// TR, TH with its column scope, TD).
extension BlockSetter {
    func table(_ table: Table, x: Double, width: Double) -> [FlowLine] {
        let name = Block.table(table).name
        let floor = min(1, style.page.minScale)
        func unfit(_ grid: TableGrid) -> [FlowLine] {
            var line = FlowLine(height: 0)
            line.block = name
            line.unfit = Overflow(block: name, missing: grid.narrowest(hyphenating: true) - width, tooWide: true)
            return [line]
        }
        // A header row too wide at the smallest size: the table is refused before its rows are measured.
        let head = TableGrid(Table(alignments: table.alignments, header: table.header, rows: []),
                             setter: BlockSetter(setter: setter, style: style.scaled(by: floor)), scale: floor)
        if head.narrowest(hyphenating: true) > width + 1e-6 { return unfit(head) }
        var scale = 1.0
        while true {
            let setter = scale < 1 ? BlockSetter(setter: self.setter, style: style.scaled(by: scale)) : self
            let grid = TableGrid(table, setter: setter, scale: scale)
            let last = scale <= floor + 1e-9
            // Words are hyphenated only when the table cannot be set without: no cell is
            // then narrower than its longest word, and ragged cells keep their words whole.
            let whole = grid.widths(in: width, hyphenating: false)
            if let widths = whole ?? (last ? grid.widths(in: width, hyphenating: true) : nil) {
                var lines = TableRows(grid: grid, widths: widths, hyphenate: whole == nil, x: x, name: name).lines()
                if scale < 1 { lines[0].problem = "\(name) is set at \(Int((scale * 100).rounded())) % of the style's sizes to fit its column" }
                return lines
            }
            guard !last else { return unfit(grid) }
            // Text widths follow the size: go straight to about the size that fits, then on by steps.
            let needed = scale * width / grid.narrowest(hyphenating: false)
            scale = max(floor, min(scale - PrintLayout.step, (needed / PrintLayout.step).rounded(.down) * PrintLayout.step))
        }
    }
}
