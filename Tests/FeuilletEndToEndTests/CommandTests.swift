import ArgumentParser
import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletCLI

@Suite("feuillet command line")
struct CommandTests {
    /// Parses and runs a command in-process; returns the exit code it ends with.
    func run(_ arguments: [String]) -> Int32 { Support.run(arguments).status }

    @Test("render writes the PDF and the layout dump where asked")
    func render() throws {
        let folder = Support.temporaryFolder()
        let pdf = folder.appendingPathComponent("leaflet.pdf"), dump = folder.appendingPathComponent("layout.json")
        #expect(run(["render", Support.article, "--root", Support.root.path, "--output", pdf.path, "--dump-layout", dump.path]) == 0)
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dump)) as? [[String: Any]]
        let items = try #require(json?.first?["items"] as? [[String: Any]])
        #expect(items.contains { $0["kind"] as? String == "text" && ($0["text"] as? String)?.hasPrefix("Les métastases peuvent-elles") == true })
    }

    @Test("a misspelt style key fails with exit code 1 and writes nothing")
    func badStyle() throws {
        let folder = Support.temporaryFolder()
        let style = folder.appendingPathComponent("cassé.yml")
        try "extends: classique\nroles:\n  body: { sise: 11pt }\n".write(to: style, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("leaflet.pdf")
        #expect(run(["render", Support.article, "--root", Support.root.path, "--style", style.path, "--output", pdf.path]) == 1)
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.count == 1)
    }

    @Test("--output that names another file type than --type, or a PDF for a card, is an error, and nothing is written")
    func fileTypeMismatch() throws {
        let folder = Support.temporaryFolder()
        let png = Support.run(["render", Support.article, "--root", Support.root.path, "--type", "pdf", "--output", folder.appendingPathComponent("a4.png").path])
        #expect(png.status == 1 && png.errors.contains("error: --output a4.png is a png file name, but --type is pdf"), "\(png.errors)")
        let card = Support.run(["render", Support.article, "--root", Support.root.path, "--format", "card-square",
                                "--output", folder.appendingPathComponent("card.pdf").path])
        #expect(card.status == 1 && card.errors.contains("error: card-square cannot be written as pdf: use png or svg"), "\(card.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("PNG pages of a shorter leaflet replace all the pages of a longer one")
    func fewerPages() throws {
        let folder = Support.temporaryFolder()
        let output = folder.appendingPathComponent("leaflet.png").path
        #expect(run(["render", PrintedLeaflet.longArticle(times: 3), "--root", Support.root.path, "--type", "png", "--output", output]) == 0)
        let long = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(long.count >= 2, "\(long)")
        #expect(run(["render", PrintedLeaflet.shortArticle, "--root", Support.root.path, "--type", "png", "--output", output]) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["leaflet-1.png"])
    }

    @Test("a missing article and an unknown format fail with a non-zero exit code")
    func badInput() {
        let folder = Support.temporaryFolder()
        #expect(run(["render", folder.appendingPathComponent("absent.md").path, "--root", Support.root.path]) == 1)
        #expect(run(["render", Support.article, "--format", "a3"]) != 0)
    }

    @Test("the scraped seed renders like the hand-written Markdown")
    func rawArticle() throws {
        let folder = Support.temporaryFolder()
        let raw = Support.root.appendingPathComponent("Tests/FeuilletModelTests/Fixtures/metastases-article.txt").path
        let pdf = folder.appendingPathComponent("raw.pdf")
        #expect(run(["render", raw, "--root", Support.root.path, "--output", pdf.path]) == 0)
        let text = try Support.tool(["pdftotext", "-raw", pdf.path, "-"]).output
        #expect(Support.words(text).joined(separator: " ").contains("Traitements pour contrôler les métastases"))
        #expect(!text.contains("Commentez"))
        #expect(!text.contains("34 voir"))
    }
}

@Suite("Links in the PDF")
struct LinkTests {
    @Test("a Markdown link becomes a clickable URI annotation inside a Link structure element")
    func uriAnnotation() throws {
        let folder = Support.temporaryFolder()
        let article = folder.appendingPathComponent("lien.md")
        try """
            ---
            title: "Un titre"
            date: 2026-01-02
            ---

            Pour en savoir plus, lisez [le guide de l’Institut](https://www.e-cancer.fr/guide) avant la consultation.
            """.write(to: article, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("lien.pdf")
        var command = try Feuillet.parseAsRoot(["render", article.path, "--root", Support.root.path, "--output", pdf.path])
        try command.run()
        let json = try Support.tool(["qpdf", "--json", pdf.path]).output
        #expect(json.contains("https://www.e-cancer.fr/guide"))
        #expect(json.contains("/URI"))
        #expect(json.contains("/Link"))
        #expect(try Support.tool(["qpdf", "--check", pdf.path]).status == 0)
    }
}
