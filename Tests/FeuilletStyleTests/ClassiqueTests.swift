import Foundation
import Testing
@testable import FeuilletStyle
import FeuilletModel

@Suite("Styles/classique.yml")
struct ClassiqueTests {
    let sheet: StyleSheet

    init() throws {
        sheet = try shipped("classique")
    }

    @Test func nameAndDescription() {
        #expect(sheet.name == "classique")
        #expect(sheet.description == "Serif text, justified and hyphenated, a single dark-red accent.")
    }

    @Test func body() {
        let body = sheet[.body]
        #expect(body.family == "Linux Libertine O")
        #expect(body.size == 12)
        #expect(abs(body.leading - 16) < 1e-9)
        #expect(body.align == .justify)
        #expect(body.hyphenate)
        #expect(body.weight == 400)
        #expect(!body.italic)
        #expect(body.color == Color(parsing: "#1c1c1c"))
    }

    @Test func page() {
        let page = sheet.page
        #expect(abs(page.width.points() - 595.28) < 0.01)
        #expect(abs(page.height.points() - 841.89) < 0.01)
        #expect(page.columns == 2)
        let mm = 72 / 25.4
        #expect(abs(page.marginTop.points() - 18 * mm) < 1e-9)
        #expect(abs(page.marginRight.points() - 16 * mm) < 1e-9)
        #expect(abs(page.marginBottom.points() - 20 * mm) < 1e-9)
        #expect(abs(page.marginLeft.points() - 16 * mm) < 1e-9)
        #expect(abs(page.gutter.points() - 8 * mm) < 1e-9)
        #expect(page.background == .white)
    }

    @Test func paletteAndColours() throws {
        let accent = try #require(sheet.palette["accent"])
        #expect(accent == Color(parsing: "#7a1f2b"))
        #expect(sheet[.title].color == accent)
        #expect(sheet[.heading1].color == accent)
        #expect(sheet[.listMarker].color == accent)
        #expect(sheet[.footer].color == sheet.palette["muted"])
        #expect(sheet.decorations.ruleColor == accent)
        #expect(sheet.card.bandColor == accent)
        #expect(sheet.card.background == Color(parsing: "#f7f2e8"))
        #expect(sheet.decorations.titleRuleWidth == .pt(0.8))
        #expect(sheet.decorations.footerRuleWidth == .pt(0.4))
        #expect(sheet.decorations.bullet == "–")
        #expect(sheet.decorations.titleBand == nil)
        #expect(sheet.decorations.boxes.isEmpty)
    }

    @Test func everyRoleHasAStyle() {
        for role in Role.allCases {
            #expect(sheet.roles[role] != nil, "no style for \(role.rawValue)")
        }
        #expect(sheet.families == ["Linux Libertine O"])
    }

    @Test(arguments: [Role.heading1, .heading2, .heading3])
    func headings(role: Role) {
        let style = sheet[role]
        #expect(!style.hyphenate)
        #expect(style.keepWithNext)
        #expect(style.family == "Linux Libertine O")
        #expect(style.align == .left)
    }

    @Test func otherRoles() {
        #expect(sheet[.title].size == 28)
        #expect(sheet[.title].leading == 31)
        #expect(sheet[.title].weight == 400)
        #expect(sheet[.heading1].features == "smcp=1")
        #expect(sheet[.heading2].italic)
        #expect(sheet[.summary].italic)
        #expect(sheet[.quote].italic)
        #expect(sheet[.quote].leading == 16, "quote inherits the body's line height")
        #expect(sheet[.listItem].spaceBefore == .pt(3))
        #expect(sheet[.cardTitle].size == 80 * 0.75)
        #expect(abs(sheet[.cardTitle].leading - 80 * 0.75 * 1.08) < 1e-9)
        #expect(sheet.typography == TypographySettings(frenchSpacing: true, maxConsecutiveHyphens: 1))
    }

    /// A font missing from Fonts/ is reported in the repository's own file, relative to the
    /// working folder when the repository is under it.
    @Test func missingFamilyIsReportedInClassique() throws {
        let loader = StyleLoader(folders: [Repo.styles], knownFamilies: ["DejaVu Serif"])
        let error = try #require(throws: Diagnostics.self) { try loader.load("classique") }
        let file = displayed(Repo.styles.appendingPathComponent("classique.yml"))
        // Both font names are reported, once each (not again at every role that uses them).
        #expect(error.description == "\(file):6:9: error: fonts.text: font family \"Linux Libertine O\" is not in Fonts/ (available: DejaVu Serif)\n"
                + "\(file):7:12: error: fonts.display: font family \"Linux Libertine O\" is not in Fonts/ (available: DejaVu Serif)")
    }

    @Test func loadsByPathToo() throws {
        let path = Repo.styles.appendingPathComponent("classique.yml").path
        let byPath = try StyleLoader(folders: [], knownFamilies: manifestFamilies).load(path)
        #expect(byPath == sheet)
    }

    @Test func unknownStyleName() throws {
        let loader = StyleLoader(folders: [Repo.styles], knownFamilies: manifestFamilies)
        #expect(loader.availableStyles() == shippedStyles.sorted())
        let error = try #require(throws: Diagnostic.self) { try loader.load("classiqe") }
        #expect(error.file == "classiqe")
        #expect(error.message.hasPrefix("style \"classiqe\" not found; did you mean \"classique\"? (styles: "))
    }
}
