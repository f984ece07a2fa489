/// How a table is ruled and shaded (`decorations.table`): rules over it, under its header
/// and under its last row; hairlines between its rows; a fill behind the header row and
/// behind every other body row; the room around the cells' text. Its text is set in the
/// `table-header` and `table-cell` roles.
public struct TableStyle: Sendable, Equatable {
    /// Thickness of the rules over the table, under its header row and under its last row
    /// (zero: none).
    public var rule: Length
    public var ruleColor: Color
    /// Thickness of the hairlines between body rows (zero: none).
    public var rowRule: Length
    public var rowRuleColor: Color
    /// Behind the header row; nil: none.
    public var headerFill: Color?
    /// Behind every other body row (the second, the fourth…); nil: none.
    public var bandFill: Color?
    /// Room left and right of each cell's text (em and %: of the `table-cell` size).
    public var cellPadding: Length
    /// Room above and below each row's text (em and %: of the `table-cell` size).
    public var rowPadding: Length

    public init(rule: Length = .pt(0.8), ruleColor: Color = .black, rowRule: Length = .pt(0.3), rowRuleColor: Color = .black,
                headerFill: Color? = nil, bandFill: Color? = nil, cellPadding: Length = Length(0.4, .em), rowPadding: Length = Length(0.25, .em)) {
        self.rule = rule
        self.ruleColor = ruleColor
        self.rowRule = rowRule
        self.rowRuleColor = rowRuleColor
        self.headerFill = headerFill
        self.bandFill = bandFill
        self.cellPadding = cellPadding
        self.rowPadding = rowPadding
    }
}
