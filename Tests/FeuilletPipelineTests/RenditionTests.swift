import Foundation
import Testing
import FeuilletLayout
import FeuilletModel
import FeuilletPipeline
import FeuilletTestSupport

@Suite("The pipeline: one path from article to file")
struct RenditionTests {
    @Test("the PDF's title is the page's, French spacing included, in every print format", arguments: PrintFormat.all)
    func titleSpacing(format: PrintFormat) throws {
        // The short article: every format holds it.
        let rendition = try Support.rendition(.print(format), article: PrintedLeaflet.shortArticle)
        let title = "Le lavage des mains\u{00A0}: pourquoi, quand, comment\u{202F}?"
        #expect(rendition.metadata.title == title)
        let url = try Support.pipeline.write(rendition, in: OutputLocation(folder: Support.temporaryFolder()))[0]
        let info = try Support.tool(["pdfinfo", url.path]).output
        #expect(info.contains("Title:           \(title)"), "\(info)")
    }

    /// An article whose key message is a quote opening with a lower-case bold "à retenir".
    static let lowerCaseKey: String = {
        let url = Support.temporaryFolder().appendingPathComponent("cle.md")
        try! """
            ---
            title: "Se protéger du soleil"
            summary: "Crème, chapeau et ombre aux heures chaudes."
            ---

            Le soleil brûle la peau plus vite qu'on ne le croit.

            > **à retenir** : entre 12 h et 16 h, on reste à l'ombre.
            """.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }()

    @Test("a quote opening with **à retenir** is the same key message on the leaflet and on the key card")
    func keyMessageEverywhere() throws {
        let leaflet = try Support.rendition(.a4, article: Self.lowerCaseKey)
        let boxed = LayoutDump.pages(leaflet.pages).flatMap(\.items).filter { $0.kind == "text" && $0.structure == "P" }.compactMap(\.text)
            .filter { $0.contains("ombre") }
        #expect(!boxed.isEmpty, "the leaflet shows the message")
        let card = try Support.rendition(.cards(.key, CardPreset(named: "square")!), article: Self.lowerCaseKey)
        let texts = LayoutDump.pages(card.pages).flatMap(\.items).compactMap(\.text)
        #expect(texts.contains(KeyMessageRule.label), "\(texts)")
        #expect(texts.joined(separator: " ").contains("on reste à l’ombre"), "\(texts)")
        #expect(!texts.contains { $0.lowercased().hasPrefix("à retenir :") }, "the label is not repeated in the message: \(texts)")
    }

    @Test("one default for every rule: shrink to fit, the style's bleed, checks on, not strict")
    func defaults() throws {
        let options = RenderOptions()
        #expect(options.fit == .shrink && options.bleed == nil && !options.marks && options.preflight && !options.strict)
        let long = PrintedLeaflet.longArticle(times: 2)
        let shrunk = try Support.rendition(.print(.trifold), article: long)
        #expect(shrunk.scale < 1)
        #expect(shrunk.findings.contains { $0.rule == "layout" && $0.message.contains("text set at") })
        #expect(throws: PrintLayout.DoesNotFit.self) { try Support.rendition(.print(.trifold), article: long, options: RenderOptions(fit: .none)) }
    }

    @Test("strict: an error of the checks fails the rendition, naming it")
    func strict() throws {
        let style = Support.temporaryFolder().appendingPathComponent("pale.yml")
        try "extends: classique\nroles:\n  body: { color: \"#d0d0d0\" }\n".write(to: style, atomically: true, encoding: .utf8)
        #expect(try Support.rendition(.a4, style: style.path).findings.contains { $0.rule == "contrast" && $0.severity == .error })
        do {
            _ = try Support.rendition(.a4, style: style.path, options: RenderOptions(strict: true))
            Issue.record("a strict rendition with a contrast error was made")
        } catch let rejected as Pipeline.Rejected {
            #expect(rejected.finding.rule == "contrast")
        }
    }
}
