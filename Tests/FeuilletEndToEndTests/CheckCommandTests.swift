import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletCLI
import FeuilletLayout
import FeuilletModel
import FeuilletTypesetting

@Suite("feuillet check")
struct CheckCommandTests {
    func check(_ arguments: [String]) throws -> (status: Int32, report: Check.Report) {
        let run = Support.run(["check"] + arguments + ["--root", Support.root.path, "--json"])
        // Other tests may print while this one captures: the report is the JSON object.
        let json = try #require(run.output.range(of: "{").map { String(run.output[$0.lowerBound...]) })
        return (run.status, try JSONDecoder().decode(Check.Report.self, from: Data(json.utf8)))
    }

    @Test("a word of 5,000 letters broken over many lines and a page turn is found on the pages")
    func veryLongWord() throws {
        var generator = SystemRandomNumberGenerator()
        let word = String((0..<5_000).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement(using: &generator)! })
        let article = Support.temporaryFolder().appendingPathComponent("mot.md")
        try "---\ntitle: Un mot très long\n---\n\nUn mot \(word) fini.\n".write(to: article, atomically: true, encoding: .utf8)
        let (status, report) = try check([article.path])
        #expect(status == 0)
        #expect(!report.findings.contains { $0.rule == "words" }, "\(report.findings.filter { $0.rule == "words" })")
    }

    @Test("what Feuillet cannot show (a footnote, an HTML block) is an error at its line; a figure without a description is a warning")
    func notShownAndAltText() throws {
        let folder = Support.temporaryFolder()
        try FileManager.default.copyItem(at: Support.root.appendingPathComponent("Articles/images/salle-attente.jpg"),
                                         to: folder.appendingPathComponent("photo.jpg"))
        let article = folder.appendingPathComponent("notes.md")
        try "---\ntitle: Des notes\n---\n\nUne phrase[^1].\n\n<div>boîte</div>\n\n![](photo.jpg)\n\n[^1]: La note.\n"
            .write(to: article, atomically: true, encoding: .utf8)
        let (status, report) = try check([article.path])
        #expect(status == 1)
        let lost = report.findings.filter { $0.rule == "not-shown" }
        #expect(lost.map(\.severity) == [.error, .error, .error], "\(report.findings)")
        #expect(lost.map { $0.message.prefix(17) } == ["line 5, column 11", "line 7, column 1:", "line 11, column 7"], "\(lost)")
        #expect(report.findings.contains { $0.rule == "alt-text" && $0.severity == .warning && $0.message.hasPrefix("line 9:") }, "\(report.findings)")
    }

    @Test("grey text on a grey page and a 9 pt body are errors: exit 1, each named")
    func greyAndSmall() throws {
        let style = Support.temporaryFolder().appendingPathComponent("gris.yml")
        try "extends: classique\npage: { background: \"#9a9a9a\" }\nroles:\n  body: { size: 9pt, color: \"#777777\" }\n"
            .write(to: style, atomically: true, encoding: .utf8)
        let (status, report) = try check([Support.article, "--style", style.path])
        #expect(status == 1)
        let rules = Set(report.findings.filter { $0.severity == .error }.map(\.rule))
        #expect(rules.isSuperset(of: ["contrast", "body-size"]), "\(report.findings)")
        #expect(report.findings.contains { $0.rule == "contrast" && $0.message.contains("#777777 on #9a9a9a") })
    }

    /// classique, moderne and nuit set body text at 10.5, 9.5 and 10 pt: under the 12 pt the
    /// check asks of print. Every other rule passes for the four shipped styles.
    @Test("the shipped styles pass every rule on the sample article but the 12 pt body",
          arguments: StyleOutputTests.styles, ["a4", "card-square"])
    func shippedStyles(style: String, format: String) throws {
        let (_, report) = try check([Support.article, "--style", style, "--format", format])
        #expect(report.findings.filter { $0.severity == .error && $0.rule != "body-size" }.isEmpty, "\(report.findings)")
        #expect(report.findings.filter { $0.rule != "body-size" && $0.rule != "line-length" }.isEmpty, "\(report.findings)")
    }

    @Test("a word the pages do not show is found, and a word split at a hyphen counts as shown")
    func lostWord() throws {
        let (document, _) = try Support.workspace.loadArticle(Support.article)
        let result = try Support.pipeline.render(try Support.workspace.styles.load("classique").typeset(document), target: .a4, options: RenderOptions(bleed: 0))
        let normalized = FrenchNormalizer().normalize(document)
        #expect(WordPlacement.lostWords(normalized, pages: result.pages).isEmpty)
        #expect(result.pages.contains { $0.frame.items.contains { if case .text(let l) = $0.item { l.hyphenated } else { false } } })
        var longer = normalized
        longer.blocks.append(.paragraph([.text("Anticonstitutionnellement")]))
        #expect(WordPlacement.lostWords(longer, pages: result.pages) == ["anticonstitutionnellement"])
    }
}
