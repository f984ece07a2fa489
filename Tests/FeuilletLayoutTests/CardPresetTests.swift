import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletLayout
import FeuilletModel
import FeuilletRender
import FeuilletTypesetting

@Suite("Cards for every platform")
struct CardPresetTests {
    static let articles = ["metastases", "fievre-enfant", "vaccination-grippe"]

    func document(_ article: String) throws -> Document {
        FrenchNormalizer().normalize(try Support.workspace.loadArticle(Support.root.appendingPathComponent("Articles/\(article).md").path).0)
    }

    /// The classique cards, with or without the style's permission to cut text with "…".
    func composer(ellipsis: Bool = false) throws -> CardComposer {
        var style = try Support.workspace.styles.load("classique")
        style.card.ellipsis = ellipsis
        return CardComposer(engine: Support.pipeline.engine, style: style)
    }

    func texts(_ page: Page) -> [(rect: Rect, line: TextLine)] {
        var found: [(rect: Rect, line: TextLine)] = []
        page.frame.walk { origin, placed in
            guard case .text(let line) = placed.item else { return }
            found.append((Rect(x: origin.x, y: origin.y - line.ascent, width: line.width, height: line.ascent + line.descent), line))
        }
        return found
    }

    /// The largest text of a card: its title or message.
    func keyText(_ page: Page) -> (rect: Rect, line: TextLine)? {
        texts(page).max { $0.line.fontSize < $1.line.fontSize }
    }

    @Test("every kind, every preset: exact pixel size, text inside the safe zone", arguments: CardPreset.all)
    func presets(preset: CardPreset) throws {
        let composer = try composer()
        for article in Self.articles {
            let document = try document(article)
            for kind in CardKind.allCases {
                guard let pages = try? composer.cards(kind, for: document, preset: preset) else { continue }
                for page in pages {
                    let png = try PNGExporter().render(page)
                    #expect(CardTests.pixelSize(Data(png)) == (preset.width, preset.height), "\(article) \(kind) \(preset.name)")
                    let safe = preset.textArea
                    for (rect, line) in texts(page) {
                        #expect(safe.contains(rect), "\(article) \(kind)-\(preset.name): \"\(line.text)\" leaves the safe zone \(safe)")
                    }
                    if preset.keyTextInCentralSquare, let key = keyText(page) {
                        #expect(preset.keyArea.contains(key.rect), "\(kind)-\(preset.name): \"\(key.line.text)\" outside the central square")
                    }
                }
            }
        }
    }

    @Test("the story keeps 250 px clear at the top and the bottom")
    func storyClearZones() throws {
        let preset = try #require(CardPreset(named: "story"))
        let page = try composer().cards(.title, for: try document("metastases"), preset: preset)[0]
        for (rect, line) in texts(page) {
            #expect(rect.y >= 250 * 0.75 && rect.maxY <= (1920 - 250) * 0.75, "\"\(line.text)\" is in a clear zone")
        }
    }

    func titleSize(_ title: String) throws -> Double {
        var document = try document("metastases")
        document.metadata.title = title
        let page = try composer().cards(.title, for: document, preset: CardPreset(named: "square")!)[0]
        return try #require(keyText(page)?.line.fontSize)
    }

    @Test("a longer title gets a smaller size; a title too long for the minimum fails naming the card and the text")
    func autoFit() throws {
        let short = try titleSize("Les métastases")
        let long = try titleSize(String(repeating: "Les métastases peuvent-elles disparaître complètement ? ", count: 2) + "Ce que disent les études récentes")
        #expect(long < short)
        let tooLong = String(repeating: "Les métastases peuvent-elles disparaître ? ", count: 30)
        do {
            _ = try titleSize(tooLong)
            Issue.record("a title of \(tooLong.count) characters was set on a square card")
        } catch let failure as CardComposer.Failure {
            #expect(failure.description.hasPrefix("card title-square: \"Les métastases"), "\(failure)")
            #expect(failure.description.contains("does not fit even at"))
        }
        // With ellipsis allowed, it fits and says so with "…".
        var document = try document("metastases")
        document.metadata.title = tooLong
        let page = try composer(ellipsis: true).cards(.title, for: document, preset: CardPreset(named: "square")!)[0]
        #expect(texts(page).contains { $0.line.text.hasSuffix("…") })
    }

    @Test("property: for random titles and summaries, no text ever leaves its card's safe area")
    func randomTexts() throws {
        let words = try document("vaccination-grippe").blocks.map(\.plainText).joined(separator: " ").split(separator: " ").map(String.init)
        var state: UInt64 = 42
        func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) % n }
        let composer = try composer(ellipsis: true)
        for round in 0..<60 {
            var document = try document("metastases")
            document.metadata.title = (0..<(1 + next(25))).map { _ in words[next(words.count)] }.joined(separator: " ")
            document.metadata.summary = (0..<next(80)).map { _ in words[next(words.count)] }.joined(separator: " ")
            let preset = CardPreset.all[round % CardPreset.all.count]
            guard let page = try? composer.cards(.title, for: document, preset: preset).first else { continue }
            for (rect, line) in texts(page) {
                #expect(preset.textArea.contains(rect), "round \(round) \(preset.name): \"\(line.text)\" leaves the card")
            }
        }
    }

    @Test("a carousel has one slide per list item plus a cover and a closing slide, all the same size, same bytes on a rerun")
    func carousel() throws {
        let document = try document("metastases")
        let preset = try #require(CardPreset(named: "portrait"))
        let slides = try composer().cards(.carousel, for: document, preset: preset)
        let items = document.blocks.compactMap { if case .list(_, _, let items) = $0 { items.count } else { nil } }.first ?? 0
        #expect(slides.count == items + 2)
        #expect(Set(slides.map { "\($0.size.width)x\($0.size.height)" }).count == 1)
        #expect(texts(slides[1]).contains { $0.line.text == "2/\(items + 2)" })
        #expect(texts(slides.last!).contains { $0.line.text.contains("médecin") })
        let again = try composer().cards(.carousel, for: document, preset: preset)
        for (a, b) in zip(slides, again) { #expect(try PNGExporter().render(a) == PNGExporter().render(b)) }
    }

    @Test("a carousel written as SVG is one file per slide at the preset's size")
    func svgCards() throws {
        let folder = Support.temporaryFolder()
        let rendition = try Support.rendition(Target(name: "carousel-og")!)
        try Support.pipeline.write(rendition, as: .svg, in: OutputLocation(folder: folder))
        let all = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let files = all.filter { $0.hasSuffix(".svg") }
        #expect(files.count == 6 && files.allSatisfy { $0.hasPrefix("carousel-og-") }, "\(all)")
        // Each slide's alt text beside it, nothing else.
        #expect(all.filter { !$0.hasSuffix(".svg") } == files.map { $0.replacingOccurrences(of: ".svg", with: ".txt") }, "\(all)")
        let svg = try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(svg.contains("width=\"900pt\" height=\"472.5pt\""), "\(svg.prefix(200))")
    }
}
