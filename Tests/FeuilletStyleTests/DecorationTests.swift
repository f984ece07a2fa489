import Testing
@testable import FeuilletStyle

@Suite("Cards, bands, boxes and rules in style sheets")
struct DecorationTests {
    static let palette = """
        palette:
          text: "#111111"
          accent: "#0b57d0"
          muted: "#666666"
          box-fill: "#e8f0fe"
        """

    @Test("palette names give the defaults: accent for bands and borders, box-fill, muted footers")
    func paletteDefaults() throws {
        let sheet = try loadStyle(["s.yml": Self.palette + """

            decorations:
              title-band: {}
              boxes:
                summary: {}
                quote: { fill: none, border: 2pt, radius: 6pt }
            """], load: "s")
        let accent = Color(parsing: "#0b57d0")!
        #expect(sheet.decorations.titleBand == TitleBand(color: accent, padding: .mm(5)))
        #expect(sheet.decorations.boxes[.summary] == BoxStyle(fill: Color(parsing: "#e8f0fe"), borderColor: accent, padding: .pt(8)))
        let quote = try #require(sheet.decorations.boxes[.quote])
        #expect(quote.fill == nil)
        #expect(quote.radius == .pt(6))
        #expect(quote.inset == 10)
        #expect(sheet.decorations.boxes[.keyMessage] == nil)
        #expect(sheet.decorations.ruleColor == accent)
        #expect(sheet[.footer].color == Color(parsing: "#666666"))
        #expect(sheet[.cardFooter].color == Color(parsing: "#666666"))
        #expect(sheet[.body].color == Color(parsing: "#111111"))
    }

    @Test("a role's own colour wins over the muted default")
    func mutedIsOnlyADefault() throws {
        let sheet = try loadStyle(["s.yml": Self.palette + "\nroles:\n  footer: { color: accent }\n"], load: "s")
        #expect(sheet[.footer].color == Color(parsing: "#0b57d0"))
    }

    @Test("without a palette: no title band, no box fill, black rules, nothing in the safe zone")
    func bareDefaults() throws {
        let sheet = try loadStyle(["s.yml": "decorations:\n  boxes:\n    summary: { border: 1pt }\n"], load: "s")
        #expect(sheet.decorations.titleBand == nil)
        #expect(sheet.decorations.boxes[.summary]?.fill == nil)
        #expect(sheet.decorations.boxes[.summary]?.borderColor == .black)
        #expect(sheet.decorations.footerRuleWidth == .zero)
        #expect(sheet.card.safeZone == .zero)
    }

    @Test("a safe zone is one length for every edge, or edges by name (missing ones zero)")
    func safeZone() throws {
        let all = try loadStyle(["s.yml": "card:\n  safe-zone: 60px\n"], load: "s")
        #expect(all.card.safeZone == Insets(all: .px(60)))
        let story = try loadStyle(["s.yml": "card:\n  safe-zone: { top: 250px, bottom: 250px }\n"], load: "s")
        #expect(story.card.safeZone == Insets(top: .px(250), right: .zero, bottom: .px(250), left: .zero))
    }

    @Test("the card band and padding take absolute lengths and palette colours")
    func card() throws {
        let sheet = try loadStyle(["s.yml": Self.palette + "\ncard: { padding: 2cm, band-height: 40px, band-color: muted }\n"], load: "s")
        #expect(sheet.card.padding == Length(2, .cm))
        #expect(sheet.card.bandHeight == .px(40))
        #expect(sheet.card.bandColor == Color(parsing: "#666666"))
    }
}
