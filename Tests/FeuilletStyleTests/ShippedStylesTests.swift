import Testing
@testable import FeuilletStyle

@Suite("The four shipped styles")
struct ShippedStylesTests {
    /// The colour a role's text is drawn on: its box, the title band, the card or the page.
    func background(_ sheet: StyleSheet, behind role: Role) -> Color {
        if let fill = sheet.decorations.boxes[role]?.fill { return fill }
        switch role {
        case .cardTitle, .cardBody, .cardFooter: return sheet.card.background
        case .title: return sheet.decorations.titleBand?.color ?? sheet.page.background
        case .tableHeader: return sheet.decorations.table.headerFill ?? sheet.page.background
        default: return sheet.page.background
        }
    }

    @Test("each loads with families from Fonts/manifest.tsv and has a one-line description", arguments: shippedStyles)
    func loads(name: String) throws {
        let sheet = try shipped(name)
        #expect(sheet.families.isSubset(of: manifestFamilies))
        #expect(!sheet.description.isEmpty && !sheet.description.contains("\n"))
    }

    @Test("every text role reads on its background: 4.5:1 at least, 7:1 for grand-caractere", arguments: shippedStyles)
    func contrast(name: String) throws {
        let sheet = try shipped(name)
        let minimum = name == "grand-caractere" ? 7.0 : 4.5
        for role in Role.allCases {
            let ratio = sheet[role].color.contrast(with: background(sheet, behind: role))
            #expect(ratio >= minimum, "\(name) \(role.rawValue): \(ratio):1")
        }
        // Every other row of a table may be banded.
        if let band = sheet.decorations.table.bandFill {
            #expect(sheet[.tableCell].color.contrast(with: band) >= minimum, "\(name) table-cell on its band")
        }
    }

    @Test("grand-caractere: body 14 pt or more, flush left, never hyphenated, no italic running text")
    func largePrint() throws {
        let sheet = try shipped("grand-caractere")
        #expect(sheet[.body].size >= 14)
        for role in [Role.body, .summary, .listItem, .quote, .keyMessage, .tableCell] {
            #expect(sheet[role].size >= 14, "\(role.rawValue)")
            #expect(sheet[role].align == .left, "\(role.rawValue)")
            #expect(!sheet[role].hyphenate, "\(role.rawValue)")
            #expect(!sheet[role].italic, "\(role.rawValue)")
        }
        #expect(sheet.page.columns == 1)
    }

    @Test("moderne: sans-serif, ragged right, a title band and boxes")
    func moderne() throws {
        let sheet = try shipped("moderne")
        #expect(sheet[.body].family == "Inter")
        #expect(sheet[.body].align == .left && !sheet[.body].hyphenate)
        #expect(sheet.decorations.titleBand != nil)
        #expect(sheet.decorations.boxes[.summary]?.fill != nil)
        #expect(sheet[.heading1].transform == .uppercase && sheet[.heading1].letterSpacing.value > 0)
    }

    @Test("nuit: dark cards, a light print page")
    func nuit() throws {
        let sheet = try shipped("nuit")
        #expect(sheet.card.background.luminance < 0.05)
        #expect(sheet.page.background.luminance > 0.9)
        #expect(sheet.decorations.titleBand == nil, "no solid band on the print leaflet")
    }

    @Test("four designs, not one with four colour sets: body family, bullet, title font and card background all differ")
    func distinct() throws {
        let sheets = try shippedStyles.map(shipped)
        for look in [\StyleSheet.[.body].family, \.decorations.bullet, \.[.cardTitle].family, \.card.background.description] as [KeyPath<StyleSheet, String>] {
            #expect(Set(sheets.map { $0[keyPath: look] }).count == sheets.count, "\(sheets.map { $0[keyPath: look] })")
        }
    }
}
