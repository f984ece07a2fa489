import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletCLI
import FeuilletLayout
import FeuilletTypesetting

@Suite("Hostile input: a correct render or one line naming file and line, never a crash, a hang or a partial file")
struct HostileCorpusTests {
    static let corpus = Support.root.appendingPathComponent("Tests/FeuilletEndToEndTests/Corpus")

    @Test("corpus case", arguments: HostileCase.all)
    func corpusCase(_ hostile: HostileCase) throws {
        let article = hostile.style == nil ? Self.corpus.appendingPathComponent(hostile.article).path : Support.article
        let style = hostile.style.map { Self.corpus.appendingPathComponent("styles/\($0)").path } ?? "classique"
        try expect(article: article, style: style, hostile.outcome, problemFile: hostile.style == nil ? article : style)
    }

    @Test("a 1 MB article is read and made into a card in reasonable time")
    func megabyte() throws {
        let body = try String(contentsOfFile: Support.article, encoding: .utf8).components(separatedBy: "---\n").last!
        var text = "---\ntitle: \"Un article d’un mégaoctet\"\ndate: 2026-01-02\n---\n"
        while text.utf8.count < 1_000_000 { text += body }
        let url = Support.temporaryFolder().appendingPathComponent("mega.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let card = Support.temporaryFolder().appendingPathComponent("mega.png")
        let started = Date()
        // The whole A4 leaflet (about 300 pages) takes some seconds: `make fuzz`-style runs check it.
        #expect(Support.run(["render", url.path, "--root", Support.root.path, "--format", "card-square", "--output", card.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: card.path))
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test("hostile links: the PDF holds the web, mail and telephone links, and no other")
    func hostileLinks() throws {
        let pdf = Support.temporaryFolder().appendingPathComponent("liens.pdf")
        let run = Support.run(["render", Self.corpus.appendingPathComponent("hostile-links.md").path, "--root", Support.root.path, "--output", pdf.path])
        #expect(run.status == 0)
        let json = try Support.tool(["qpdf", "--json", pdf.path]).output.lowercased()
        for kept in ["https://www.e-cancer.fr/guide", "mailto:contact@example.fr", "tel:+33100000000"] { #expect(json.contains(kept), "\(kept)") }
        for dropped in ["javascript", "file:", "data:", "secret.html"] { #expect(!json.contains(dropped), "\(dropped)") }
    }

    private func expect(article: String, style: String, _ outcome: HostileCase.Outcome, problemFile: String = "") throws {
        let folder = Support.temporaryFolder()
        let pdf = folder.appendingPathComponent("out.pdf")
        let run = Support.run(["render", article, "--root", Support.root.path, "--style", style, "--output", pdf.path])
        // Other tests may print while this one captures: keep only this run's lines.
        // Style errors name the file relative to the working folder, as a person typed it.
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let shown = problemFile.hasPrefix(cwd) ? String(problemFile.dropFirst(cwd.count)) : problemFile
        let lines = run.errors.split(separator: "\n").map(String.init).filter { $0.hasPrefix(article) || $0.hasPrefix(shown) || $0.hasPrefix("error") }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        switch outcome {
        case .failsWith(let problems):
            #expect(run.status == 1)
            #expect(files.isEmpty, "a failed render left \(files)")
            #expect(lines.count == problems.count, "\(lines)")
            for (line, problem) in zip(lines, problems) {
                #expect(line.hasPrefix("\(shown):\(problem.line):") || line.hasPrefix("\(problemFile):\(problem.line):"), "\(line)")
                #expect(line.contains(": error: ") && line.contains(problem.message), "\(line)")
            }
            // Nothing of a file the user did not give is shown (the first line of /etc/passwd).
            #expect(!run.errors.contains("root:"), "\(run.errors)")
        case .renders(let warnings):
            #expect(run.status == 0, "\(lines)")
            #expect(files == ["out.pdf"])
            for line in lines { #expect(warnings.contains { line.contains($0) }, "unexpected: \(line)") }
            for warning in warnings { #expect(lines.contains { $0.contains(warning) }, "no warning \"\(warning)\" in \(lines)") }
            let (document, _) = try Support.workspace.loadArticle(article)
            let sheet = try Support.workspace.styles.load(style)
            let result = try Support.pipeline.render(sheet.typeset(document), target: .a4, options: RenderOptions(bleed: 0))
            let normalized = FrenchNormalizer().normalize(document)
            #expect(WordPlacement.lostWords(normalized, pages: result.pages).isEmpty)
        }
    }
}
