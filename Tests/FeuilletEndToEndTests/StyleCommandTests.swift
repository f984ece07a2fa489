import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletCLI

/// A broken style sheet and the one line the CLI must print for it (after the file's path).
struct BadSheet: Sendable, CustomTestStringConvertible {
    let yaml: String
    let error: String
    var testDescription: String { error }
}

@Suite("feuillet styles, styles show, fonts; bad style sheets through the CLI")
struct StyleCommandTests {
    static let badSheets = [
        BadSheet(yaml: "extends: classique\nroles:\n  body: { sise: 11pt }\n",
                 error: #":3:11: error: roles.body.sise: unknown key; did you mean "size"?"#),
        BadSheet(yaml: "extends: moderne\ncard:\n  safe-zone: { top: -250px }\n",
                 error: #":3:21: error: card.safe-zone.top: "-250px" must be from 0px to 600px"#),
        BadSheet(yaml: "extends: nuit\ndecorations:\n  boxes:\n    summary: { fill: gould }\n",
                 error: #":4:22: error: decorations.boxes.summary.fill: "gould" is not a palette colour (palette: accent, background, card-background, gold, muted, night, text); did you mean "gold"?"#),
        BadSheet(yaml: "extends: grand-caractere\nroles:\n  body: { family: Andica }\n",
                 error: #":3:19: error: roles.body.family: font family "Andica" is not in Fonts/; did you mean "Andika"?"#),
        BadSheet(yaml: "extends: classiqe\n",
                 error: #":1:10: error: extends: style "classiqe" not found; did you mean "classique"?"#),
    ]

    @Test("a bad sheet gives its one-line error, exit code 1 and no output file", arguments: badSheets)
    func badSheet(_ bad: BadSheet) throws {
        let folder = Support.temporaryFolder()
        let style = folder.appendingPathComponent("bad.yml")
        try bad.yaml.write(to: style, atomically: true, encoding: .utf8)
        for format in ["a4", "card-square"] {
            let output = folder.appendingPathComponent("out-\(format)")
            let run = Support.run(["render", Support.article, "--root", Support.root.path, "--style", style.path,
                                   "--format", format, "--output", output.path])
            #expect(run.status == 1)
            #expect(!FileManager.default.fileExists(atPath: output.path))
            let line = try #require(run.errors.split(separator: "\n").first { $0.contains("bad.yml:") })
            #expect(line.hasPrefix(style.path + bad.error), "\(line)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.yml"])
    }

    @Test("styles lists every style with its description")
    func list() throws {
        let run = Support.run(["styles", "--root", Support.root.path])
        #expect(run.status == 0)
        // Other tests print too while this one captures: look for the lines, not at the whole.
        let lines = run.output.split(separator: "\n").map(String.init)
        for name in Support.workspace.styles.availableStyles() {
            let description = try Support.workspace.styles.load(name).description
            #expect(lines.contains(name.padding(toLength: "grand-caractere".count + 2, withPad: " ", startingAt: 0) + description), "\(lines)")
        }
    }

    @Test("styles show prints the resolved style")
    func show() throws {
        let run = Support.run(["styles", "show", "grand-caractere", "--root", Support.root.path])
        #expect(run.status == 0)
        #expect(run.output.contains("# grand-caractere, resolved"))
        #expect(run.output.contains("  body:\n    family: \"Andika\"\n    weight: 400\n    italic: false\n    emphasis: bold\n    size: 15pt\n"))
        #expect(run.output.contains("    summary: { fill: \"#fff4cc\", border: 2.5pt, border-color: \"#003a70\", radius: 0pt, padding: 12pt }"))
    }

    @Test("styles show of an unknown style fails with a suggestion")
    func showUnknown() {
        let run = Support.run(["styles", "show", "modern", "--root", Support.root.path])
        #expect(run.status == 1)
        #expect(run.errors.contains(#"modern:1:1: error: style "modern" not found; did you mean "moderne"?"#), "\(run.errors)")
    }

    @Test("fonts lists the families of Fonts/ with their styles")
    func fonts() {
        let run = Support.run(["fonts", "--root", Support.root.path])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        for family in ["Andika", "DejaVu Serif", "Inter", "Inter Display", "Lato", "Linux Libertine O"] {
            #expect(lines.contains { $0.hasPrefix(family + "  ") }, "\(family) missing from \(lines)")
        }
        #expect(lines.contains { $0.hasPrefix("Andika") && $0.hasSuffix("Regular, Italic, Bold, Bold Italic") })
    }
}
