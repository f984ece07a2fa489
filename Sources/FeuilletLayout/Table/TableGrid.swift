import FeuilletModel
import FeuilletStyle

/// A table's cells measured at one size: the text each cell shows in its role, and what
/// its columns need (`ColumnWidths.Bounds`), a numeric column's cells lined up on their
/// decimal comma.
struct TableGrid {
    struct Cell {
        var inlines: [Inline]
        var text: StyledText
        var widths: CellWidths
        /// In a numeric column's body: how far its alignment point is from its start.
        var point: Double?
    }

    let setter: BlockSetter
    let table: Table
    /// Row 0 is the header.
    let cells: [[Cell]]
    let numeric: [Bool]
    /// A numeric column's figures: the widest part before the alignment point, and after it.
    let figures: [(before: Double, after: Double)]
    /// Room above and below each row's text.
    let rowPadding: Double
    /// Room left and right of each column's text. With no fill to sit in, the outer
    /// columns' text lines up with the text of the page (the room is only between columns).
    let padding: [(left: Double, right: Double)]

    /// The cells' roles' styles as cells set them: nothing around the text, no keeps (the
    /// table's own space comes from `table-cell`'s space before and after).
    static func style(_ sheet: StyleSheet, header: Bool, align: TextStyle.Alignment) -> TextStyle {
        var s = sheet[header ? .tableHeader : .tableCell]
        s.align = align
        s.spaceBefore = .zero
        s.spaceAfter = .zero
        s.keepWithNext = false
        return s
    }

    init(_ table: Table, setter: BlockSetter, scale: Double) {
        self.setter = setter
        self.table = table
        let t = setter.style.decorations.table, size = setter.style[.tableCell].size
        let inner = t.cellPadding.scaled(by: scale).points(relativeTo: size)
        let outer = t.headerFill == nil && t.bandFill == nil ? 0 : inner
        padding = (0..<table.columnCount).map { c in (c == 0 ? outer : inner, c == table.columnCount - 1 ? outer : inner) }
        rowPadding = t.rowPadding.scaled(by: scale).points(relativeTo: size)
        let rows = [table.header] + table.rows
        let texts = rows.enumerated().map { r, row in
            row.map { StyledText($0, transform: setter.style[r == 0 ? .tableHeader : .tableCell].transform) }
        }
        let numeric = (0..<table.columnCount).map { c in NumericColumn.isNumeric(texts.dropFirst().map { $0[c].string }) }
        var cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, inlines in
                let style = Self.style(setter.style, header: r == 0, align: .left)
                return Cell(inlines: inlines, text: texts[r][c], widths: setter.setter.widths(of: texts[r][c], style: style))
            }
        }
        // A numeric cell is set on one line; its alignment point is measured on that line.
        for r in cells.indices.dropFirst() {
            for c in cells[r].indices where numeric[c] && !cells[r][c].text.isEmpty {
                let point = NumericColumn.alignmentPoint(cells[r][c].text.string) ?? 0
                let shaped = ShapedParagraph(engine: setter.setter.engine, text: cells[r][c].text,
                                             style: Self.style(setter.style, header: false, align: .left))
                cells[r][c].point = shaped.x(point)
            }
        }
        figures = (0..<table.columnCount).map { c in
            guard numeric[c] else { return (0, 0) }
            let body = cells.dropFirst().map { $0[c] }.filter { $0.point != nil }
            return (body.map { $0.point! }.max() ?? 0, body.map { $0.widths.max - $0.point! }.max() ?? 0)
        }
        self.cells = cells
        self.numeric = numeric
    }

    /// What each column needs, padding included: the least it can take (with
    /// `hyphenating`, words split at their hyphenation points; a numeric column's figures
    /// never split), the widest run of its cells no line breaks, its widest cell unbroken.
    func guesses(hyphenating: Bool) -> [[Double]] {
        let columns = (0..<table.columnCount).map { c in
            cells.enumerated().reduce(CellWidths()) { found, row in
                let figure = figures[c].before + figures[c].after
                let w = numeric[c] && row.offset > 0 ? CellWidths(min: figure, hyphenated: figure, max: figure) : row.element[c].widths
                return CellWidths(min: max(found.min, w.min), hyphenated: max(found.hyphenated, w.hyphenated), max: max(found.max, w.max))
            }
        }
        let least = hyphenating ? [columns.map(\.hyphenated)] : []
        return (least + [columns.map(\.min), columns.map(\.max)]).map { guess in zip(guess, padding).map { $0 + $1.left + $1.right } }
    }

    /// The columns' widths in `width`; nil when they do not fit.
    func widths(in width: Double, hyphenating: Bool) -> [Double]? {
        ColumnWidths.share(guesses(hyphenating: hyphenating), width: width)
    }

    /// The least width the table can be set in at this size.
    func narrowest(hyphenating: Bool) -> Double { guesses(hyphenating: hyphenating)[0].reduce(0, +) }
}
