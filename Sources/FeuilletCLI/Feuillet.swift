import ArgumentParser
import Foundation
import FeuilletModel
import FeuilletPipeline

/// The `feuillet` command: a thin front end over the Pipeline and Batch modules.
public struct Feuillet: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "feuillet",
        abstract: "Typesets French health articles as print leaflets (PDF) and social-media cards (PNG).",
        discussion: """
            Without a subcommand, runs the default batch: every article in Articles/ with every style, as leaflets and \
            cards, into Output/<article>/<style>/. `feuillet ARTICLE.md` (or .txt) renders that one article, as \
            `feuillet render ARTICLE.md` does. `feuillet init FOLDER` makes a new project to start from.
            """,
        version: EngineVersion.name,
        subcommands: [Batch.self, Render.self, Check.self, Cards.self, Watch.self, Serve.self, Init.self, Bench.self, Import.self, Styles.self, Fonts.self,
                      BatchWorkerCommand.self],
        defaultSubcommand: Batch.self)

    public init() {}

    /// Runs what the process was given, as `route` reads it.
    public static func main() {
        do {
            main(try route(Array(CommandLine.arguments.dropFirst())))
        } catch {
            exit(withError: error)
        }
    }

    /// The commands a person guesses, read as the ones that exist: an article first (or
    /// anywhere, after options) is `render ARTICLE`; a first word that is neither a command
    /// nor a file is a misspelt command ("did you mean"), not a manifest the batch cannot read.
    public static func route(_ arguments: [String]) throws -> [String] {
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        guard let first = arguments.first else { return arguments }
        if first.hasPrefix("-") {
            return arguments.contains(where: Workspace.isArticle) && !arguments.contains(where: commands.contains) ? ["render"] + arguments : arguments
        }
        if commands.contains(first) { return arguments }
        if Workspace.isArticle(first) { return ["render"] + arguments }
        if !first.contains("."), !first.contains("/"), !FileManager.default.fileExists(atPath: first) {
            let shown = configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
            throw ValidationError("\"\(first)\" is not a command\(Suggestion.hint(for: first, in: shown)) (commands: \(shown.joined(separator: ", ")); or an article: feuillet ARTICLE.md)")
        }
        return arguments
    }
}

/// Options every command that reads the project folders takes.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "Project folder holding Styles/, Fonts/, Articles/ and Output/.")
    var root: String = "."

    @Option(name: .customLong("font-dir"), help: "An extra folder of fonts to use besides Fonts/ (repeatable).")
    var fontDirs: [String] = []

    /// The project's workspace; `fontsOnFirstUse` for a command that may need no font (the batch).
    func workspace(fontsOnFirstUse: Bool = false) throws -> Workspace {
        try Workspace(root: URL(fileURLWithPath: root), extraFontFolders: fontDirs, fontsOnFirstUse: fontsOnFirstUse)
    }
}
