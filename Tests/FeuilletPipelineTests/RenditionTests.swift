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
        #expect(texts.contains(Labels.of("fr")[.keyMessages]), "\(texts)")
        #expect(texts.joined(separator: " ").contains("on reste à l’ombre"), "\(texts)")
        #expect(!texts.contains { $0.lowercased().hasPrefix("à retenir :") }, "the label is not repeated in the message: \(texts)")
    }

    @Test("one default for every rule: a digest when too long, bleed and marks by the target (office: none), checks on, not strict")
    func defaults() throws {
        let options = RenderOptions()
        #expect(options.fit == .digest && options.bleed == nil && options.marks == nil && options.preflight && !options.strict)
        let long = PrintedLeaflet.longArticle(times: 2)
        let digest = try Support.rendition(.print(.trifold), article: long)
        #expect(digest.findings.contains { $0.rule == "layout" && $0.message.contains("; set as a digest: ") })
        let shrunk = try Support.rendition(.print(.trifold), article: long, options: RenderOptions(fit: .shrink))
        #expect(shrunk.scale < 1)
        #expect(shrunk.findings.contains { $0.rule == "layout" && $0.message.contains("text set at") })
        #expect(throws: PrintLayout.DoesNotFit.self) { try Support.rendition(.print(.trifold), article: long, options: RenderOptions(fit: .none)) }
    }

    @Test("the office file is the trim alone; the press file has the style's bleed (at least 3 mm) and marks, unless options say otherwise")
    func officeAndPressSheets() throws {
        let mm = 72 / 25.4, a4 = Size(width: 210 * mm, height: 297 * mm)
        func sheet(_ target: Target, style: String = "classique", _ options: RenderOptions = RenderOptions()) throws -> (size: Size, bleed: Double, marks: Int) {
            let page = try Support.rendition(target, style: style, article: PrintedLeaflet.shortArticle, options: options).pages[0]
            var marks = 0
            page.frame.walk { origin, placed in
                if case .shape(let shape) = placed.item, shape.lineWidth == 0.25, case .rule = shape.geometry, origin.x < 20 * mm { marks += 1 }
            }
            return (page.size, page.sheet!.bleed, marks)
        }
        let office = try sheet(.a4)
        #expect(abs(office.size.width - a4.width) < 0.01 && abs(office.size.height - a4.height) < 0.01 && office.bleed == 0 && office.marks == 0)
        let press = try sheet(.print(.a4, press: true))
        #expect(abs(press.bleed - 3 * mm) < 0.01 && press.marks > 0 && abs(press.size.width - a4.width - 2 * (3 + 7) * mm) < 0.01, "\(press)")
        let wide = Support.temporaryFolder().appendingPathComponent("large.yml"), thin = Support.temporaryFolder().appendingPathComponent("fin.yml")
        try "extends: classique\npage: { bleed: 5mm, press: { marks: false } }\n".write(to: wide, atomically: true, encoding: .utf8)
        try "extends: classique\npage: { bleed: 1mm }\n".write(to: thin, atomically: true, encoding: .utf8)
        let styled = try sheet(.print(.a4, press: true), style: wide.path)
        #expect(abs(styled.bleed - 5 * mm) < 0.01 && styled.marks == 0 && abs(styled.size.width - a4.width - 10 * mm) < 0.01, "\(styled)")
        #expect(abs(try sheet(.print(.a4, press: true), style: thin.path).bleed - 3 * mm) < 0.01, "a press bleed is at least 3 mm")
        #expect(try sheet(.a4, style: wide.path).bleed == 0, "a style's bleed is the press file's only")
        let flags = try sheet(.print(.a4, press: true), RenderOptions(bleed: 2 * mm, marks: false))
        #expect(abs(flags.bleed - 2 * mm) < 0.01 && flags.marks == 0, "--bleed and --no-marks win")
        #expect(try sheet(.a4, RenderOptions(marks: true)).marks > 0, "--marks on the office file")
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
