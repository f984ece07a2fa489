import ArgumentParser
import Foundation
import FeuilletPipeline

/// The `feuillet` command: a thin front end over the Pipeline and Batch modules.
public struct Feuillet: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "feuillet",
        abstract: "Typesets French health articles as print leaflets (PDF) and social-media cards (PNG).",
        discussion: "Without a subcommand, runs the default batch: every article in Articles/ with every style, as leaflets and cards, into Output/<article>/<style>/.",
        subcommands: [Batch.self, Render.self, Check.self, Cards.self, Bench.self, Import.self, Styles.self, Fonts.self, BatchWorkerCommand.self],
        defaultSubcommand: Batch.self)

    public init() {}
}

/// Options every command that reads the project folders takes.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "Project folder holding Styles/, Fonts/, Articles/ and Output/.")
    var root: String = "."

    @Option(name: .customLong("font-dir"), help: "An extra folder of fonts to use besides Fonts/ (repeatable).")
    var fontDirs: [String] = []

    func workspace() throws -> Workspace {
        try Workspace(root: URL(fileURLWithPath: root), extraFontFolders: fontDirs)
    }
}
