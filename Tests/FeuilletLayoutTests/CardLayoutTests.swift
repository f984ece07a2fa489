import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletLayout
import FeuilletModel
import FeuilletStyle

@Suite("Card layouts: every shipped style, kind and preset")
struct CardLayoutTests {
    static let styles = ["classique", "moderne", "grand-caractere", "nuit"]
    static let articles = ["urgences-pediatriques", "vaccination-grippe", "metastases"]
    static let photoArticle = Support.root.appendingPathComponent("Articles/urgences-pediatriques.md").path

    /// The urgences article with `frontMatter` lines in place of its own card choices and
    /// `body` at its end, in a folder of its own with its photo.
    static func article(adding frontMatter: String, body: String = "") throws -> String {
        let folder = Support.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("images"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Support.root.appendingPathComponent("Articles/images/salle-attente.jpg"),
                                         to: folder.appendingPathComponent("images/salle-attente.jpg"))
        let text = try String(contentsOfFile: photoArticle, encoding: .utf8)
        // The sample's own choices close its front matter: they give way to the test's.
        let own = try #require(text.range(of: "\nimage-focus:")), end = try #require(text.range(of: "\n---\n", range: own.lowerBound..<text.endIndex))
        let path = folder.appendingPathComponent("article.md").path
        try ("---\n" + frontMatter + "\n" + text[text.index(text.startIndex, offsetBy: 4)..<own.lowerBound] + text[end.lowerBound...] + "\n" + body)
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func texts(_ page: Page) -> [(rect: Rect, line: TextLine)] {
        var found: [(rect: Rect, line: TextLine)] = []
        page.frame.walk { o, placed in
            if case .text(let line) = placed.item { found.append((Rect(x: o.x, y: o.y - line.ascent, width: line.width, height: line.ascent + line.descent), line)) }
        }
        return found
    }

    @Test("the text fills tall cards (≥ 40 % of the safe height), stays in the safe zone and reads at 4.5:1 on the pixels under every line", arguments: styles)
    func everyCard(style: String) throws {
        let pad = try Support.workspace.styles.load(style).card.padding.points()
        var made = 0, layouts = Set<String>(), refused: [String] = []
        for article in Self.articles {
            let typeset = try Support.typeset(style, article: Support.root.appendingPathComponent("Articles/\(article).md").path)
            for preset in CardPreset.all {
                for kind in CardKind.allCases {
                    let rendition: Rendition
                    do {
                        rendition = try Support.pipeline.render(typeset, target: .cards(kind, preset))
                    } catch CardComposer.Failure.nothingToShow {
                        continue
                    } catch let failure as CardComposer.Failure {
                        refused.append("\(article) \(failure)")
                        continue
                    }
                    let name = "\(style) \(article) \(kind)-\(preset.name)"
                    #expect(!rendition.findings.contains { $0.rule == "contrast" || $0.rule == "outside" }, "\(name): \(rendition.findings.map(\.message))")
                    for (n, page) in rendition.pages.enumerated() {
                        made += 1
                        for (rect, line) in texts(page) {
                            #expect(preset.textArea.contains(rect), "\(name) page \(n + 1): \"\(line.text)\" leaves the safe zone")
                        }
                        let dump = LayoutDump.pages([page])[0]
                        let block = try #require(dump.textBlock, "\(name): no text block in the dump")
                        let area = try #require(dump.textArea, "\(name): no text area in the dump")
                        if preset.shape == .tall {
                            // The text's own area: the safe area, less a split card's photo (never more than 70 % of it).
                            let safeHeight = preset.textArea.height - 2 * pad
                            #expect(area.height >= 0.25 * safeHeight, "\(name): the layout leaves text \(Int(area.height / safeHeight * 100)) % of the safe height")
                            #expect(block.height >= 0.4 * area.height, "\(name) page \(n + 1): the text covers \(Int(block.height / area.height * 100)) % of its area's height")
                        }
                        layouts.insert(page.frame.items.contains { if case .group(let f, let clip) = $0.item, clip != nil, !f.items.isEmpty { true } else { false } } ? "photo" : "type")
                    }
                }
            }
        }
        #expect(made > 100)
        #expect(refused.isEmpty, "\(refused)")
        #expect(layouts == ["photo", "type"], "\(style) draws no photo card")
    }

    /// The photo card of moderne: its photo, and the scrim over it.
    func photoCard(focus: String? = nil) throws -> Page {
        let path = try focus.map { try Self.article(adding: "image-focus: \($0)") } ?? Self.photoArticle
        return try Support.pipeline.render(try Support.typeset("moderne", article: path), target: .cards(.title, CardPreset(named: "square")!)).pages[0]
    }

    @Test("a cover too small for the title and its short answer (grand-caractère's 80 px title on a link preview) shows the title alone and says so")
    func titleAlone() throws {
        let typeset = try Support.typeset("grand-caractere", article: Self.photoArticle)
        let summary = try #require(typeset.document.metadata.summary)
        for kind in [CardKind.title, .carousel] {
            let rendition = try Support.pipeline.render(typeset, target: .cards(kind, CardPreset(named: "og")!))
            #expect(rendition.findings.contains { $0.message.contains("the short answer is left out") }, "\(kind): \(rendition.findings.map(\.message))")
            let words = texts(rendition.pages[0]).map(\.line.text).joined(separator: " ")
            #expect(!words.contains(summary.prefix(20)) && words.contains("Urgences"), "\(kind): \(words)")
            #expect(rendition.pages[0].alt?.contains(summary) == false)
        }
    }

    @Test("the scrim is what makes the photo card read: without it, the contrast check (on the photo's pixels) fails")
    func scrimIsNeeded() throws {
        let page = try photoCard()
        #expect(ContrastCheck.problems(in: [page]).isEmpty)
        var scrims = 0
        var bare = Frame(size: page.size)
        for placed in page.frame.items {
            if case .shape(let shape) = placed.item, let fill = shape.fill, fill.alpha < 1 { scrims += 1; continue }
            bare.add(placed.item, at: placed.origin, structure: placed.structure)
        }
        #expect(scrims == 1)
        #expect(!ContrastCheck.problems(in: [Page(size: page.size, frame: bare)]).isEmpty, "white text on the bare photo passed the check")
    }

    @Test("image-focus moves the cover crop: 0% shows the photo's left edge, 100% its right edge")
    func focus() throws {
        func photoX(_ page: Page) -> Double? {
            LayoutDump.pages([page])[0].items.first { $0.kind == "image" && $0.rect.width > page.size.width }?.rect.x
        }
        let left = try #require(photoX(try photoCard(focus: "0% 50%"))), right = try #require(photoX(try photoCard(focus: "100% 50%")))
        #expect(abs(left) < 0.01)
        #expect(right < -100, "the photo did not move: \(right)")
    }

    @Test("a photo enlarged past its pixels is a warning naming it; one shown at its size or smaller is not")
    func enlarged() throws {
        let typeset = try Support.typeset("moderne", article: Self.photoArticle)
        let story = try Support.pipeline.render(typeset, target: .cards(.title, CardPreset(named: "story")!))
        #expect(story.findings.contains { $0.message.contains("salle-attente.jpg\" (2000 × 1500 px) is enlarged 1.3×") }, "\(story.findings)")
        let square = try Support.pipeline.render(typeset, target: .cards(.title, CardPreset(named: "square")!))
        #expect(!square.findings.contains { $0.message.contains("enlarged") })
    }

    @Test("cards: chooses the carousel's list by its heading, the key message by number, the layout and the closing slide's call to action")
    func choices() throws {
        let path = try Self.article(adding: """
            cards:
              carousel: { list: "étapes de l'accueil" }
              key: { message: 2, layout: type }
              title: { layout: split, title: "Les urgences de l'enfant" }
              call-to-action: "Gardez ce feuillet près du téléphone."
            """, body: "## Les étapes de l'accueil\n\n1. L'infirmière d'accueil voit votre enfant.\n2. Le médecin l'examine.\n3. Vous repartez avec une ordonnance.\n")
        let typeset = try Support.typeset("nuit", article: path)
        let square = CardPreset(named: "square")!
        let slides = try Support.pipeline.render(typeset, target: .cards(.carousel, square)).pages
        let lists = typeset.document.blocks.compactMap { if case .list(let ordered, _, let items) = $0 { (ordered, items.count) } else { nil } }
        let chosen = try #require(lists.first { $0.0 }, "the urgences article has a numbered list")
        #expect(slides.count == chosen.1 + 2)
        // Numbered steps keep their numbers.
        #expect(texts(slides[1]).contains { $0.line.text == "1" } && texts(slides[2]).contains { $0.line.text == "2" })
        #expect(texts(slides.last!).contains { $0.line.text.contains("téléphone") })
        #expect(slides.last!.alt?.contains("Gardez ce feuillet") == true)
        let key = try Support.pipeline.render(typeset, target: .cards(.key, square)).pages[0]
        #expect(texts(key).map(\.line.text).joined(separator: " ").contains("carnet de santé"))
        let title = try Support.pipeline.render(typeset, target: .cards(.title, square)).pages[0]
        #expect(texts(title).contains { $0.line.text.contains("Les urgences de") })
        #expect(LayoutDump.pages([title])[0].items.contains { $0.kind == "image" && $0.rect.width == square.size.width && $0.rect.height < square.size.height })
    }

    @Test("a choice the article cannot meet is an error naming the front matter's line")
    func badChoices() throws {
        let path = try Self.article(adding: "cards:\n  carousel: { list: \"Nulle part\" }")
        do {
            _ = try Support.pipeline.render(try Support.typeset("classique", article: path), target: .cards(.carousel, CardPreset(named: "square")!))
            Issue.record("a carousel of a list the article has not was made")
        } catch let failure as CardComposer.Failure {
            #expect(failure.description.hasPrefix("card carousel-square: front matter line 3: cards.carousel.list \"Nulle part\" names no list"), "\(failure)")
        }
        for (yaml, message, line) in [("cards:\n  title: { layuot: photo }", "`cards.title.layuot` is unknown", 3),
                                      ("cards:\n  title: { layout: fancy }", "\"fancy\" is not a layout", 3),
                                      ("image-focus: 130% 2%", "is not a focal point", 2),
                                      ("image: ../../etc/passwd", "outside the article's folder", 2)] {
            let path = try Self.article(adding: yaml)
            #expect(throws: Diagnostic.self) { try Support.workspace.loadArticle(path) }
            do { _ = try Support.workspace.loadArticle(path) } catch let d as Diagnostic {
                #expect(d.message.contains(message) && d.line == line, "\(d)")
            }
        }
    }

    @Test("each card's alt text file holds its own words and its photo's description")
    func altText() throws {
        let folder = Support.temporaryFolder()
        let typeset = try Support.typeset("moderne", article: Self.photoArticle)
        let rendition = try Support.pipeline.render(typeset, target: .cards(.title, CardPreset(named: "square")!))
        let files = try Support.pipeline.write(rendition, in: OutputLocation(folder: folder))
        let alt = try String(contentsOf: files[0].deletingPathExtension().appendingPathExtension("txt"), encoding: .utf8)
        #expect(alt.hasPrefix(typeset.document.metadata.title))
        #expect(alt.contains("Photo\u{00A0}: Une salle d’attente claire") || alt.contains("Photo\u{00A0}: Une salle d'attente claire"), "\(alt)")
    }
}
