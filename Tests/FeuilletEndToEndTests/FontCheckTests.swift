import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletCLI
import FeuilletLayout
import FeuilletModel
import FeuilletStyle

@Suite("Fonts: coverage, fallback and missing glyphs")
struct FontCheckTests {
    /// A character no font of Fonts/ has, and one Inter lacks but other project fonts have.
    static let ideogram = "漢", bulletOperator = "∙"

    func pages(_ body: String, style: String) throws -> [Page] {
        let (document, _) = try MarkdownImporter().importDocument("---\ntitle: Polices\n---\n\n\(body)\n", file: "test.md")
        return try Support.pipeline.render(try Support.workspace.styles.load(style).typeset(document), target: .a4, options: RenderOptions(bleed: 0)).pages
    }

    func article(_ body: String) throws -> String {
        let url = Support.temporaryFolder().appendingPathComponent("polices.md")
        try "---\ntitle: Polices\ndate: 2026-01-02\n---\n\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("every role of every shipped style, and its bold and italic, has ’ « » œ Œ, the narrow no-break space and the bullet",
          arguments: StyleOutputTests.styles)
    func coverage(style name: String) throws {
        let sheet = try Support.workspace.styles.load(name)
        let engine = Support.pipeline.engine
        let french: [Unicode.Scalar] = ["\u{202F}", "\u{00A0}", "’", "«", "»", "œ", "Œ", "é", "ç"]
        for role in Role.allCases {
            var bold = sheet[role], italic = sheet[role]
            bold.weight = max(bold.weight, 700)
            italic.italic.toggle()
            let needed = french + (role == .listMarker ? Array(sheet.decorations.bullet.unicodeScalars) : [])
            for style in [sheet[role], bold, italic] {
                let (family, missing) = engine.coverage(of: style, for: needed)
                #expect(family == style.family, "\(name) \(role.rawValue): \(style.family) resolves to \(family ?? "nothing")")
                #expect(missing.isEmpty, "\(name) \(role.rawValue) (\(style.family) \(style.weight)\(style.italic ? " italic" : "")) lacks \(missing)")
            }
        }
    }

    @Test("a character no font has is reported with the line it is on")
    func missingGlyph() throws {
        let problems = FontCheck.problems(in: try pages("Le mot \(Self.ideogram) n’a pas de glyphe.", style: "classique"))
        let problem = try #require(problems.first { $0.kind == .missingGlyph })
        #expect(problem.text == Self.ideogram)
        #expect(problem.asked == "Linux Libertine O")
        #expect(problem.line.contains("Le mot \(Self.ideogram)"))
        #expect(problem.description.hasPrefix("no font in Fonts/ has \"\(Self.ideogram)\" (U+6F22): drawn as empty boxes in \"Le mot"))
    }

    @Test("a character the asked family lacks is reported as drawn in another family")
    func fallback() throws {
        let problems = FontCheck.problems(in: try pages("Un point \(Self.bulletOperator) médian.", style: "moderne"))
        let problem = try #require(problems.first)
        guard case .fallback(let used) = problem.kind else { Issue.record("\(problem)"); return }
        #expect(problem.asked == "Inter")
        #expect(used != "Inter" && !used.isEmpty)
        #expect(problem.text.contains(Self.bulletOperator))
        #expect(problem.description.contains("is drawn in \(used), not Inter (font fallback)"))
    }

    @Test("check looks at every slide of a carousel: a character no font has, on the last item's slide only, is an error")
    func carouselSlides() throws {
        let source = try article("Les étapes :\n\n- **Premier** : rien à faire ;\n- **Deuxième** : rien non plus ;\n- **Troisième** : le mot \(Self.ideogram).")
        let run = Support.run(["check", source, "--root", Support.root.path, "--format", "carousel-square"])
        #expect(run.status == 1)
        #expect(run.errors.contains("\(source): error: missing-glyph: no font in Fonts/ has \"\(Self.ideogram)\""), "\(run.errors)")
    }

    @Test("the CLI warns about a missing glyph on standard error and still writes the file")
    func warning() throws {
        let source = try article("Un idéogramme : \(Self.ideogram).")
        let pdf = Support.temporaryFolder().appendingPathComponent("out.pdf")
        let run = Support.run(["render", source, "--root", Support.root.path, "--output", pdf.path])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        #expect(run.errors.contains("\(source): warning: missing-glyph: no font in Fonts/ has \"\(Self.ideogram)\""), "\(run.errors)")
    }

    @Test("with --strict a missing glyph is an error: exit code 1 and no file")
    func strict() throws {
        let source = try article("Un idéogramme : \(Self.ideogram).")
        let folder = Support.temporaryFolder()
        let pdf = folder.appendingPathComponent("out.pdf")
        let run = Support.run(["render", source, "--root", Support.root.path, "--output", pdf.path, "--strict"])
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(run.errors.contains("\(source): error: missing-glyph (--strict): no font in Fonts/ has \"\(Self.ideogram)\""), "\(run.errors)")
    }

    @Test("--strict leaves a clean article alone")
    func strictClean() throws {
        let pdf = Support.temporaryFolder().appendingPathComponent("out.pdf")
        #expect(Support.run(["render", Support.article, "--root", Support.root.path, "--output", pdf.path, "--strict"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: pdf.path))
    }
}
