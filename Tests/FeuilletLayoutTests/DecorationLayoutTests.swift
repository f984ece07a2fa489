import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletLayout
import FeuilletModel

@Suite("Leaflet decorations: title band, boxes, rules, page background")
struct DecorationLayoutTests {
    func first(_ style: String) throws -> [LayoutDump.Item] {
        LayoutDump.pages(try Support.render(.a4, style: style, into: Support.temporaryFolder()).pages)[0].items
    }

    /// The text lines of the first structure element of a kind.
    func lines(of kind: String, in items: [LayoutDump.Item]) -> [LayoutDump.Item] {
        guard let element = items.first(where: { $0.kind == "text" && $0.structure == kind })?.element else { return [] }
        return items.filter { $0.kind == "text" && $0.element == element }
    }

    @Test("moderne: the title band runs edge to edge from the top of the page and holds the whole title")
    func titleBand() throws {
        let items = try first("moderne")
        let band = try #require(items.first { $0.kind == "rectangle" })
        #expect(band.rect.x == 0 && band.rect.y == 0 && abs(band.rect.width - 595.28) < 0.01)
        let title = lines(of: "H1", in: items)
        #expect(!title.isEmpty)
        for line in title { #expect(band.rect.contains(line.rect), "\"\(line.text ?? "")\" leaves the band") }
        let below = try #require(lines(of: "P", in: items).first)
        #expect(below.rect.y > band.rect.maxY, "the short answer starts below the band")
    }

    @Test("moderne and grand-caractere: the short answer sits inside its box, inset by border and padding", arguments: ["moderne", "grand-caractere"])
    func summaryBox(style: String) throws {
        let sheet = try Support.workspace.styles.load(style)
        let box = try #require(sheet.decorations.boxes[.summary])
        let items = try first(style)
        let summary = lines(of: "P", in: items)
        let top = try #require(summary.first), bottom = try #require(summary.last)
        let rectangle = try #require(items.last { $0.kind == "rectangle" && $0.rect.y < top.rect.y && $0.rect.maxY > bottom.rect.maxY })
        let inset = box.inset - box.border.points() / 2
        for line in summary {
            #expect(line.rect.x >= rectangle.rect.x + inset - 0.01, "\"\(line.text ?? "")\" crosses the box's padding")
            #expect(line.rect.maxX <= rectangle.rect.maxX - inset + 0.01, "\"\(line.text ?? "")\" crosses the box's padding")
        }
        let body = try #require(items.first { $0.kind == "text" && $0.rect.y > rectangle.rect.maxY })
        #expect(body.rect.y - rectangle.rect.maxY >= sheet[.summary].spaceAfter.points() - 0.01, "the space after the box")
    }

    @Test("classique and nuit draw a rule above the running footer, across the text width", arguments: ["classique", "nuit"])
    func footerRule(style: String) throws {
        let p = try Support.workspace.styles.load(style).page
        let rule = try #require(try first(style).last { $0.kind == "rule" })
        #expect(rule.rect.y > p.height.points() - p.marginBottom.points())
        #expect(abs(rule.rect.width - (p.width.points() - p.marginLeft.points() - p.marginRight.points())) < 0.01)
    }

    @Test("a footer too long for one line runs on below, the long date included")
    func footerWraps() throws {
        let (_, pages, document) = try Support.render(.a4, style: "grand-caractere", into: Support.temporaryFolder())
        let p = try Support.workspace.styles.load("grand-caractere").page
        let footer = LayoutDump.pages(pages)[0].items.filter { $0.kind == "text" && $0.rect.y > p.height.points() - p.marginBottom.points() }
        let words = Support.words(footer.compactMap(\.text).joined(separator: " "))
        for word in Support.words((document.metadata.source ?? "") + " " + (document.metadata.date.map(Labels.of(document.metadata.lang).longDate) ?? "")) {
            #expect(words.contains(word), "the footer lost \"\(word)\"")
        }
        for line in footer { #expect(line.rect.maxY <= p.height.points(), "\"\(line.text ?? "")\" leaves the page") }
    }

    @Test("a page background colour is drawn behind everything, on every page")
    func pageBackground() throws {
        let style = Support.temporaryFolder().appendingPathComponent("teinte.yml")
        try "extends: grand-caractere\npage: { background: \"#fdf6e3\" }\n".write(to: style, atomically: true, encoding: .utf8)
        let (_, pages, _) = try Support.render(.a4, style: style.path, into: Support.temporaryFolder())
        #expect(pages.count > 1)
        for page in pages {
            guard case .shape(let shape) = try #require(page.frame.items.first).item, case .rectangle(let size, _) = shape.geometry else {
                Issue.record("the first item is not the background")
                continue
            }
            #expect(size == page.size)
            #expect(shape.fill?.description == "#fdf6e3")
        }
    }

    @Test("a card keeps its text out of the style's safe zone, even where the padding is smaller")
    func cardSafeZone() throws {
        let style = Support.temporaryFolder().appendingPathComponent("grille.yml")
        try "extends: classique\ncard: { safe-zone: { left: 200px, bottom: 300px } }\n".write(to: style, atomically: true, encoding: .utf8)
        let (_, pages, _) = try Support.render(.cardSquare, style: style.path, into: Support.temporaryFolder())
        let text = LayoutDump.pages(pages)[0].items.filter { $0.kind == "text" }
        #expect(!text.isEmpty)
        for line in text {
            #expect(line.rect.x >= 150 - 0.01, "\"\(line.text ?? "")\" is in the left safe zone")
            #expect(line.rect.maxY <= 810 - 225 + 0.01, "\"\(line.text ?? "")\" is in the bottom safe zone")
        }
    }
}
