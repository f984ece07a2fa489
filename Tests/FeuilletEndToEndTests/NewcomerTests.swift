import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport

/// The commands a newcomer guesses, run as the program a person types (`.build/debug/feuillet`).
@Suite("Commands a person guesses")
struct NewcomerTests {
    static let feuillet = Support.root.appendingPathComponent(".build/debug/feuillet").path

    /// Runs the program in `folder`, as a person in that folder would.
    func run(in folder: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try Support.tool(["-C", folder.path, Self.feuillet] + arguments)
    }

    @Test("feuillet --version prints the engine's version")
    func version() throws {
        let run = try run(in: Support.temporaryFolder(), ["--version"])
        #expect(run.status == 0)
        #expect(run.output == EngineVersion.name + "\n")
    }

    @Test("feuillet Articles/metastases.md renders that article's A4 PDF, as render does")
    func articleAlone() throws {
        let pdf = Support.temporaryFolder().appendingPathComponent("a4.pdf")
        let run = try run(in: Support.root, ["Articles/metastases.md", "--output", pdf.path])
        #expect(run.status == 0, "\(run.output)")
        let text = try Support.tool(["pdftotext", pdf.path, "-"]).output
        #expect(text.contains("Les métastases peuvent-elles"))
        #expect(try Support.tool(["pdfinfo", pdf.path]).output.contains("Pages:"))
    }

    @Test("feuillet init mon-projet, then feuillet inside it, makes what the project's feuillet.yml lists with the project's own fonts, and says so")
    func initThenBatch() throws {
        let home = Support.temporaryFolder()
        let made = try run(in: home, ["init", "mon-projet"])
        #expect(made.status == 0, "\(made.output)")
        let project = home.appendingPathComponent("mon-projet")
        for file in ["Articles/exemple.md", "Styles/maison.yml", "Styles/classique.yml", "Styles/README.md", "feuillet.yml",
                     "Fonts/README.md", "Fonts/LinuxLibertineO/LICENSE", "Profiles/FOGRA39L.icc", "README.md"] {
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(file).path), "\(file)")
        }
        #expect(try String(contentsOf: project.appendingPathComponent("Styles/maison.yml"), encoding: .utf8).contains("extends: classique"))
        let batch = try run(in: project, [])
        #expect(batch.status == 0, "\(batch.output)")
        #expect(batch.output.contains("feuillet.yml: the project's manifest"), "\(batch.output)")
        #expect(batch.output.contains("4 jobs: 4 written, 0 up to date, 0 skipped, 0 failed"), "\(batch.output)")
        #expect(batch.output.contains("files in Output/: <article>/<style>/, report.json, contact-sheet.pdf"), "\(batch.output)")
        let pdf = project.appendingPathComponent("Output/exemple/maison/a4.pdf")
        let fonts = try Support.tool(["pdffonts", pdf.path]).output
        #expect(fonts.contains("LinLibertine"), "\(fonts)")
        for file in ["Output/exemple/maison/trifold.pdf", "Output/exemple/maison/card-square.png", "Output/report.json", "Output/contact-sheet.pdf"] {
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(file).path), "\(file)")
        }
        // feuillet.yml names the house style only: classique, there to be extended, is not made.
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Output/exemple/classique").path))
        let again = try run(in: project, ["--quiet"])
        #expect(again.status == 0 && again.output.contains("4 jobs: 0 written, 4 up to date"), "\(again.output)")
        #expect(try run(in: project, ["check", "Articles/exemple.md", "--style", "maison"]).status == 0)
        #expect(try run(in: project, ["batch", "feuillet.yml", "--quiet"]).status == 0)
        // A second init replaces nothing.
        let twice = try run(in: home, ["init", "mon-projet"])
        #expect(twice.status == 1 && twice.output.contains("already exists: init never replaces a file"), "\(twice.output)")
    }

    @Test("a misspelt command or format gets \"did you mean\"")
    func typos() {
        let command = Support.run(["rendr", Support.article])
        #expect(command.status != 0)
        #expect(command.errors.contains(#""rendr" is not a command; did you mean "render"?"#), "\(command.errors)")
        let format = Support.run(["render", Support.article, "--root", Support.root.path, "--format", "trifol"])
        #expect(format.status != 0)
        #expect(format.errors.contains(#""trifol" is not a format; did you mean "trifold"?"#), "\(format.errors)")
        let card = Support.run(["check", Support.article, "--root", Support.root.path, "--format", "card-sqare"])
        #expect(card.errors.contains(#"did you mean "card-square"?"#), "\(card.errors)")
    }
}
