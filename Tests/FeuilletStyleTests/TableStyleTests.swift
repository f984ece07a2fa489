import Testing
@testable import FeuilletStyle

@Suite("Tables in style sheets")
struct TableStyleTests {
    @Test("without decorations.table: rules in the rule colour, hairlines in muted, no fills, room in em of the cells' size")
    func defaults() throws {
        let sheet = try loadStyle(["s.yml": DecorationTests.palette + "\n"], load: "s")
        let accent = Color(parsing: "#0b57d0")!, muted = Color(parsing: "#666666")!
        #expect(sheet.decorations.table == TableStyle(rule: .pt(0.8), ruleColor: accent, rowRule: .pt(0.3), rowRuleColor: muted,
                                                      cellPadding: Length(0.4, .em), rowPadding: Length(0.25, .em)))
        // The cells start from the body: left-aligned, a little tighter; the header bold.
        #expect(sheet[.tableCell].size == sheet[.body].size)
        #expect(sheet[.tableCell].align == .left && sheet[.tableHeader].align == .left)
        #expect(sheet[.tableHeader].weight == 700)
        #expect(sheet[.tableCell].spaceBefore.points() > 0 && sheet[.tableCell].spaceAfter.points() > 0)
    }

    @Test("every key, colours from the palette or none, paddings absolute or in em")
    func everyKey() throws {
        let sheet = try loadStyle(["s.yml": DecorationTests.palette + """

            decorations:
              rule-color: muted
              table: { rule: 1.5pt, rule-color: accent, row-rule: 0pt, row-rule-color: text, header-fill: box-fill,
                       band-fill: "#f4f4f4", cell-padding: 5pt, row-padding: 0.3em }
            roles:
              table-header: { color: accent }
              table-cell: { size: 10pt }
            """], load: "s")
        let t = sheet.decorations.table
        #expect(t == TableStyle(rule: .pt(1.5), ruleColor: Color(parsing: "#0b57d0")!, rowRule: .zero, rowRuleColor: Color(parsing: "#111111")!,
                                headerFill: Color(parsing: "#e8f0fe"), bandFill: Color(parsing: "#f4f4f4"), cellPadding: .pt(5), rowPadding: Length(0.3, .em)))
        #expect(sheet[.tableHeader].color == Color(parsing: "#0b57d0"))
        #expect(sheet[.tableCell].size == 10)
        let none = try loadStyle(["s.yml": "decorations:\n  rule-color: \"#222222\"\n  table: { header-fill: none, band-fill: none }\n"], load: "s")
        #expect(none.decorations.table.headerFill == nil && none.decorations.table.bandFill == nil)
        // The rules follow the sheet's rule colour when the table says nothing of theirs.
        #expect(none.decorations.table.ruleColor == Color(parsing: "#222222"))
    }

    @Test("out of range, misspelt or the wrong kind of value: one line at the value", arguments: [
        ("table: { rule: 4pt }", #"s.yml:2:18: error: decorations.table.rule: "4pt" must be from 0pt to 3pt"#),
        ("table: { row-rule: 0.2em }", #"s.yml:2:22: error: decorations.table.row-rule: "0.2em" must be absolute (pt, mm, cm, in or px)"#),
        ("table: { cell-padding: 2em }", #"s.yml:2:26: error: decorations.table.cell-padding: "2em" must be from 0em to 1.5em"#),
        ("table: { row-padding: 20pt }", #"s.yml:2:25: error: decorations.table.row-padding: "20pt" (1.905em) must be from 0em to 1.5em"#),
        ("table: { row-padding: -1pt }", #"s.yml:2:25: error: decorations.table.row-padding: "-1pt" (-0.095em) must be from 0em to 1.5em"#),
        ("table: { band-fil: \"#eeeeee\" }", #"s.yml:2:12: error: decorations.table.band-fil: unknown key; did you mean "band-fill"?"#),
        ("table: { header-fill: nope }", #"s.yml:2:25: error: decorations.table.header-fill: "nope" is not a palette colour (palette: )"#),
    ])
    func errors(yaml: String, expected: String) throws {
        let (error, folder) = try loadError(["s.yml": "decorations:\n  " + yaml + "\n"], load: "s")
        defer { folder.remove() }
        #expect(error.description == displayed(folder.url) + "/" + expected)
    }

    @Test("a printed style keeps its table", arguments: shippedStyles)
    func printed(name: String) throws {
        let sheet = try shipped(name)
        #expect(StylePrinter.yaml(sheet).contains("  table: { rule: "))
    }
}
