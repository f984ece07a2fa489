import Foundation
import Testing
import FeuilletPipeline
import FeuilletStyle
import FeuilletTestSupport
@testable import FeuilletLayout

/// Tables as a typesetter sets them: columns sharing the measure from their content,
/// figures on their decimal comma, rows never split, the header row again over a column
/// the table goes on in (read once), and a table no column can hold refused by name.
@Suite("Tables")
struct TableLayoutTests {
    /// The a4 format's columns in a style, left and right edges.
    func columns(_ style: StyleSheet) -> [ClosedRange<Double>] {
        let p = style.page
        let width = (p.width.points() - p.marginLeft.points() - p.marginRight.points() - p.gutter.points() * Double(p.columns - 1)) / Double(p.columns)
        return (0..<p.columns).map { c in
            let x = p.marginLeft.points() + Double(c) * (width + p.gutter.points())
            return x...(x + width)
        }
    }

    func column(of rect: Rect, in columns: [ClosedRange<Double>]) -> Int? {
        columns.firstIndex { rect.x >= $0.lowerBound - 0.5 && rect.maxX <= $0.upperBound + 0.5 }
    }

    @Test("columns share the measure as CSS's automatic table layout does")
    func sharing() {
        // Room for every cell on one line: the measure is shared in proportion to what each wants.
        #expect(ColumnWidths.share([[10, 20], [30, 60]], width: 180) == [60, 120])
        // Between the narrowest and the widest: every column gets the same share of its room.
        #expect(ColumnWidths.share([[10, 20], [30, 60]], width: 60) == [20, 40])
        // Three guesses (hyphenated, words whole, one line): between the two the measure falls between.
        #expect(ColumnWidths.share([[5, 5], [10, 20], [30, 60]], width: 20) == [7.5, 12.5])
        #expect(ColumnWidths.share([[10, 20], [30, 60]], width: 29) == nil)
    }

    @Test("a column of numbers, with or without a unit or decimals, or a dash for none, is numeric", arguments: [
        (["12", "0,5\u{202F}mL", "1\u{202F}200\u{202F}€", "2\u{00A0}mois", "—", ""], true),
        (["-3,5\u{202F}%", "38\u{202F}°C"], true),
        (["12", "16 à 18\u{00A0}mois"], false),
        (["—", ""], false),
        (["8h30"], false),
    ] as [([String], Bool)])
    func numeric(cells: [String], expected: Bool) {
        #expect(NumericColumn.isNumeric(cells) == expected)
    }

    @Test("where a number is aligned: before its decimal comma, else before its unit")
    func alignmentPoint() {
        #expect(NumericColumn.alignmentPoint("12,25\u{202F}mL") == 2)
        #expect(NumericColumn.alignmentPoint("1\u{202F}200\u{202F}€") == 5)
        #expect(NumericColumn.alignmentPoint("7") == 1)
        #expect(NumericColumn.alignmentPoint("—") == 1)
        #expect(NumericColumn.alignmentPoint("environ 7") == nil)
    }

    @Test("figures stand on their decimal comma: same units under each other, decimals after")
    func decimalComma() throws {
        let items = LayoutDump.pages(try Support.rendition(.a4, article: TableArticles.figures).pages).flatMap(\.items)
        func cell(_ text: String) throws -> Rect {
            try #require(items.first { $0.structure == "TD" && PrintedLeaflet.letters($0.text ?? "") == PrintedLeaflet.letters(text) }, "\(text)").rect
        }
        let seven = try cell("7,25 mL"), twelve = try cell("12,25 mL"), whole = try cell("7 mL")
        #expect(abs(seven.x - whole.x) < 0.01, "7 under 7")
        #expect(twelve.x < seven.x - 1, "12 starts further left")
        #expect(abs(twelve.maxX - seven.maxX) < 0.01, "the same decimals end together")
    }

    @Test("the calendar over a column turn: cells inside their column, rows whole, the header again (read once), Table/TR/TH/TD")
    func calendarOverATurn() throws {
        let style = try Support.workspace.styles.load("classique")
        let rendition = try Support.rendition(.a4, article: TableArticles.calendarOverATurn, options: RenderOptions(bleed: 0))
        let columns = columns(style), tree = rendition.structure
        var placed: [(page: Int, item: LayoutDump.Item)] = []
        for page in LayoutDump.pages(rendition.pages) { placed += page.items.map { (page.page, $0) } }

        let table = try #require(tree.elements.firstIndex { $0.kind == "Table" })
        let rows = tree.elements[table].kids.compactMap { kid -> Int? in if case .element(let e) = kid { e } else { nil } }
        #expect(rows.map { tree.elements[$0].kind } == Array(repeating: "TR", count: 10))
        var rowPlaces: [Set<String>] = []
        for (r, row) in rows.enumerated() {
            let cells = tree.elements[row].kids.compactMap { kid -> Int? in if case .element(let e) = kid { e } else { nil } }
            #expect(cells.map { tree.elements[$0].kind } == Array(repeating: r == 0 ? "TH" : "TD", count: 4))
            #expect(cells.allSatisfy { tree.elements[$0].scope == (r == 0 ? .column : nil) })
            // A row's text is in one column of one page.
            let texts = placed.filter { $0.item.kind == "text" && $0.item.element.map(cells.contains) == true }
            let places = Set(texts.map { "\($0.page) \(column(of: $0.item.rect, in: columns) ?? -1)" })
            #expect(places.count == 1 && !places.contains { $0.hasSuffix(" -1") }, "row \(r): \(places)")
            rowPlaces.append(places)
            let words = Support.words(texts.map { $0.item.text ?? "" }.joined(separator: " "))
            let expected = Support.words((r == 0 ? TableArticles.header : TableArticles.rows[r - 1]).joined(separator: " "))
            #expect(words == expected, "row \(r) reads in order")
            if r == 0 { #expect(texts.allSatisfy { abs(($0.item.fontSize ?? 0) - style[.tableHeader].size) < 0.01 }, "the header in its role") }
        }

        // The header row never ends a column without a row under it; the table does cross a turn.
        #expect(rowPlaces[0] == rowPlaces[1])
        #expect(Set(rowPlaces.flatMap { $0 }).count == 2)

        // The header row again at the head of the next column: drawn, not read.
        let header = placed.filter { $0.item.kind == "text" && TableArticles.header.map(PrintedLeaflet.letters).contains(PrintedLeaflet.letters($0.item.text ?? "")) }
        let read = header.filter { $0.item.structure == "TH" }, repeated = header.filter { $0.item.structure == nil }
        #expect(read.count == 4 && repeated.count == 4, "\(header.map { ($0.item.text ?? "", $0.item.structure ?? "-") })")
        let first = try #require(read.first), again = try #require(repeated.first)
        #expect("\(first.page) \(column(of: first.item.rect, in: columns) ?? -1)" != "\(again.page) \(column(of: again.item.rect, in: columns) ?? -1)")
        // It heads that column: nothing of the text above it there.
        #expect(!placed.contains { $0.page == again.page && $0.item.kind == "text" && $0.item.rect.maxY < again.item.rect.y
                    && column(of: $0.item.rect, in: columns) == column(of: again.item.rect, in: columns) })

        // Every rule of the table spans its column exactly: the columns share the whole measure.
        let text = (style.page.marginTop.points() + 100)...(style.page.height.points() - style.page.marginBottom.points())
        let rules = placed.filter { $0.item.kind == "rule" && text.contains($0.item.rect.y) && $0.item.rect.width > (columns[0].upperBound - columns[0].lowerBound) / 2 }
        #expect(rules.count >= 10)
        for rule in rules {
            let c = try #require(column(of: rule.item.rect, in: columns))
            #expect(abs(rule.item.rect.x - columns[c].lowerBound) < 0.01 && abs(rule.item.rect.maxX - columns[c].upperBound) < 0.01)
        }
        #expect(rendition.findings.filter { $0.severity == .error }.isEmpty, "\(rendition.findings)")
    }

    @Test("a table set smaller to fit its column says so, and its text is that much smaller")
    func setSmaller() throws {
        let rendition = try Support.rendition(.print(.trifold), style: "classique", article: TableArticles.calendar)
        let note = try #require(rendition.findings.first { $0.rule == "layout" && $0.message.contains("the table \"Âge Vaccins Doses…\" is set at") })
        let percent = try #require(Double(note.message.firstMatch(of: /set at (\d+) %/)?.output.1 ?? ""))
        #expect((80..<100).contains(percent))
        let size = try Support.workspace.styles.load("classique")[.tableCell].size
        let cell = try #require(LayoutDump.pages(rendition.pages).flatMap(\.items).first { $0.structure == "TD" })
        #expect(abs((cell.fontSize ?? 0) - size * percent / 100) < 0.01)
    }

    @Test("a table no column can hold even at the smallest size stops the layout, naming it; --fit none does not shrink it")
    func tooWide() throws {
        for fit in [PrintOptions.Fit.shrink, .none] {
            let error = try #require(throws: PrintLayout.DoesNotFit.self) {
                try Support.rendition(.a4, article: TableArticles.tooWide, options: RenderOptions(fit: fit))
            }
            #expect(error.overflow.tooWide)
            #expect(error.overflow.block == "the table \"Colonne1 Colonne2 Colonne3…\"")
            let said = fit == .shrink ? #/does not fit a4 even at 80 %: the table "Colonne1 Colonne2 Colonne3…" is \d+ mm wider than its column/#
                : #/does not fit a4: the table "Colonne1 Colonne2 Colonne3…" is \d+ mm wider than its column \(use --fit shrink\)/#
            #expect(error.description.wholeMatch(of: said) != nil, "\(error)")
        }
    }

    @Test("a row taller than a column is never drawn past its foot: the layout stops, naming the table")
    func tooTall() throws {
        let error = try #require(throws: PrintLayout.DoesNotFit.self) {
            try Support.rendition(.a4, article: TableArticles.tooTall, options: RenderOptions(fit: .none))
        }
        #expect(!error.overflow.tooWide)
        #expect(error.description.hasPrefix("does not fit a4: the table \"Âge Note 2…\" needs "), "\(error)")
    }
}
