extension StyleDecoder {
    static let tableKeys = ["rule", "rule-color", "row-rule", "row-rule-color", "header-fill", "band-fill", "cell-padding", "row-padding"]

    /// `decorations.table`; without it, rules in the sheet's rule colour and hairlines in
    /// palette `muted` (else the rule colour), no fills. Padding in em is of `cellSize`.
    func decodeTable(_ f: Fields?, palette: [String: Color], ruleColor: Color, cellSize: Double) throws -> TableStyle {
        var t = TableStyle(ruleColor: ruleColor, rowRuleColor: palette["muted"] ?? ruleColor)
        guard let f else { return t }
        t.rule = try f.length("rule", in: StyleRanges.tableRule) ?? t.rule
        t.ruleColor = try f.color("rule-color", palette: palette) ?? t.ruleColor
        t.rowRule = try f.length("row-rule", in: StyleRanges.tableRowRule) ?? t.rowRule
        t.rowRuleColor = try f.color("row-rule-color", palette: palette) ?? t.rowRuleColor
        t.headerFill = try fill(f, "header-fill", palette: palette)
        t.bandFill = try fill(f, "band-fill", palette: palette)
        t.cellPadding = try f.length("cell-padding", in: StyleRanges.cellPadding, relativeTo: cellSize) ?? t.cellPadding
        t.rowPadding = try f.length("row-padding", in: StyleRanges.cellPadding, relativeTo: cellSize) ?? t.rowPadding
        return t
    }

    /// A colour, or `none` (the default) for no fill.
    private func fill(_ f: Fields, _ key: String, palette: [String: Color]) throws -> Color? {
        try f.string(key) == "none" ? nil : f.color(key, palette: palette)
    }
}
