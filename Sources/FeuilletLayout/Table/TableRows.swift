import FeuilletModel
import FeuilletStyle

/// A measured table's rows as lines of the flow: each row's cells set in their columns,
/// its fill (the header's, or a band every other row) behind them and its rules, and the
/// structure elements around them.
struct TableRows {
    let grid: TableGrid
    let widths: [Double]
    /// Whether the cells' words may be hyphenated (where their roles hyphenate).
    let hyphenate: Bool
    let x: Double
    let name: String

    private var sheet: StyleSheet { grid.setter.style }
    private var look: TableStyle { sheet.decorations.table }
    private var width: Double { widths.reduce(0, +) }

    func lines() -> [FlowLine] {
        var lines = grid.cells.indices.map(row)
        let header = artifact(lines[0])
        let body = lines.count - 1
        for r in lines.indices.dropFirst() {
            lines[r].attached = true
            lines[r].repeats = [header]
        }
        // The header never ends a column alone. A row is a block of lines already: one
        // row alone over a turn, under the header drawn again, reads well and wastes no column.
        lines[0].keepWithNext = body > 0
        let cell = sheet[.tableCell]
        lines[0].spaceBefore = cell.spaceBefore.points(relativeTo: cell.size)
        let after = cell.spaceAfter.points(relativeTo: cell.size)
        lines[body].height += after
        lines[body].trailingSpace += after
        lines[0].opens.insert(.begin("Table"), at: 0)
        lines[body].closes.append(.end("Table"))
        for i in lines.indices { lines[i].block = name }
        return lines
    }

    /// The header row again, over a column the table goes on in: drawn, not read.
    private func artifact(_ header: FlowLine) -> FlowLine {
        var line = FlowLine(height: header.height)
        line.pieces = header.pieces.filter { piece in
            switch piece {
            case .item(_, .link), .item(_, .anchor), .tag: false
            default: true
            }
        }
        line.isArtifact = true
        line.attached = true
        line.block = name
        return line
    }

    private func row(_ r: Int) -> FlowLine {
        let header = r == 0, last = r == grid.cells.count - 1
        let tag = header ? "TH" : "TD"
        var content: [FlowLine.Piece] = []
        var height = 0.0
        var problem: String?
        var left = x
        for (c, cell) in grid.cells[r].enumerated() {
            content.append(.tag(.begin(tag, scope: header ? .column : nil)))
            var y = grid.rowPadding
            let room = grid.padding[c]
            for line in set(cell, header: header, column: c, x: left + room.left, width: widths[c] - room.left - room.right) {
                var line = line
                line.shift(by: y)
                content += line.opens.map(FlowLine.Piece.tag) + line.pieces + line.closes.map(FlowLine.Piece.tag)
                y += line.height
                problem = problem ?? line.problem
            }
            content.append(.tag(.end(tag)))
            height = max(height, y - grid.rowPadding)
            left += widths[c]
        }
        if height == 0 { height = sheet[header ? .tableHeader : .tableCell].leading }
        height += 2 * grid.rowPadding

        var line = FlowLine(height: height)
        let fill = header ? look.headerFill : (r % 2 == 0 ? look.bandFill : nil)
        if let fill {
            line.pieces.append(.item(Point(x: x, y: 0), .shape(Shape(.rectangle(Size(width: width, height: height), cornerRadius: 0), fill: fill))))
        }
        func rule(_ thickness: Length, _ color: Color, at y: (Double) -> Double) {
            let t = thickness.points()
            guard t > 0 else { return }
            line.pieces.append(.item(Point(x: x, y: y(t)), .shape(Shape(.rule(to: Point(x: width, y: 0)), stroke: color, lineWidth: t))))
        }
        // Over the header and under it, and under the last row: the table's rules; under the
        // other rows, a hairline (none over a row, so a repeated header's rule stays single).
        if header { rule(look.rule, look.ruleColor) { $0 / 2 } }
        if header || last { rule(look.rule, look.ruleColor) { height - $0 / 2 } } else { rule(look.rowRule, look.rowRuleColor) { height - $0 / 2 } }
        line.pieces += [.tag(.begin("TR"))] + content + [.tag(.end("TR"))]
        line.problem = problem
        return line
    }

    /// A cell's lines, in its column: ragged in the column's alignment, a number at its
    /// decimal comma's place, in its row's role.
    private func set(_ cell: TableGrid.Cell, header: Bool, column c: Int, x: Double, width: Double) -> [FlowLine] {
        let role: Role = header ? .tableHeader : .tableCell
        let numeric = grid.numeric[c]
        var align: TextStyle.Alignment = switch grid.table.alignments[c] {
        case .left: .left
        case .center: .center
        case .right: .right
        case .none: numeric ? .right : .left
        }
        var at = x, measure = width
        if numeric && !header, let point = cell.point {
            // The figures as a block, placed by the column's alignment; each cell in it at its point.
            let figures = grid.figures[c], block = figures.before + figures.after
            let start = switch align {
            case .left, .justify: 0.0
            case .center: (width - block) / 2
            case .right: width - block
            }
            at = x + start + figures.before - point
            measure = .infinity
            align = .left
        }
        var styled = sheet
        var style = TableGrid.style(sheet, header: header, align: align)
        style.hyphenate = style.hyphenate && hyphenate
        styled.roles[role] = style
        var lines = BlockSetter(setter: grid.setter.setter, style: styled).paragraph(cell.inlines, role: role, x: at, width: measure, tag: header ? "TH" : "TD")
        // The cell's element is the row's (with its scope): the paragraph's own tags go.
        for i in lines.indices {
            lines[i].opens.removeAll { $0.name == (header ? "TH" : "TD") }
            lines[i].closes.removeAll { $0.name == (header ? "TH" : "TD") }
        }
        return lines
    }
}
