import Foundation
import Testing
import FeuilletTestSupport

@Suite("Front-matter typos on the command line")
struct FrontMatterCommandTests {
    /// An article whose sixth line is a misspelt `source:`.
    func misspelt() throws -> (folder: URL, article: URL) {
        let folder = Support.temporaryFolder(), article = folder.appendingPathComponent("typo.md")
        try "---\ntitle: Un titre\nsummary: Une réponse.\nlang: fr\ndate: 2026-09-15\nsoruce: Le site\n---\n\nUn paragraphe.\n"
            .write(to: article, atomically: true, encoding: .utf8)
        return (folder, article)
    }

    @Test("render warns at file:line:col with \"did you mean source\" and writes the PDF; --strict fails and writes nothing")
    func renderAndStrict() throws {
        let (folder, article) = try misspelt()
        let pdf = folder.appendingPathComponent("out.pdf")
        let run = Support.run(["render", article.path, "--root", Support.root.path, "--output", pdf.path])
        #expect(run.status == 0)
        #expect(run.errors.contains("\(article.path):6:1: warning: unknown front-matter key `soruce`, ignored; did you mean \"source\"?"), "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        try FileManager.default.removeItem(at: pdf)
        let strict = Support.run(["render", article.path, "--root", Support.root.path, "--output", pdf.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.errors.contains("\(article.path):6:1: error: unknown front-matter key `soruce`"), "\(strict.errors)")
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test("check lists the unknown key with its line and column, as a warning")
    func check() throws {
        let (_, article) = try misspelt()
        let text = Support.run(["check", article.path, "--root", Support.root.path])
        #expect(text.errors.contains("\(article.path):6:1: warning: unknown front-matter key `soruce`"), "\(text.errors)")
        let json = Support.run(["check", article.path, "--root", Support.root.path, "--json"])
        #expect(json.output.contains(#""message" : "6:1: unknown front-matter key `soruce`, ignored; did you mean \"source\"?"#), "\(json.output)")
    }
}
