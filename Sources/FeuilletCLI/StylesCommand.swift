import ArgumentParser
import Foundation
import FeuilletStyle
import FeuilletPipeline

struct Styles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "styles",
        abstract: "Lists the style sheets of Styles/, or shows one fully resolved.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Lists the styles with their one-line description.")

        @OptionGroup var project: ProjectOptions

        func run() throws {
            try Reporting.run {
                let loader = try project.workspace().styles
                let names = loader.availableStyles()
                let width = names.map(\.count).max() ?? 0
                var failed = false
                for name in names {
                    do {
                        let sheet = try loader.load(name)
                        print(name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + sheet.description)
                    } catch {
                        // A broken sheet is still listed, with its error on standard error.
                        print(name)
                        Reporting.warn("\(error)")
                        failed = true
                    }
                }
                if failed { throw ExitCode.failure }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Prints a style fully resolved (after extends, font and palette names) as YAML.")

        @Argument(help: "Style name from Styles/ or path to a .yml file.")
        var name: String

        @OptionGroup var project: ProjectOptions

        func run() throws {
            try Reporting.run {
                let workspace = try project.workspace()
                let folder = try workspace.styles.sourceFiles(name).first?.deletingLastPathComponent()
                print(StylePrinter.yaml(try workspace.styles.load(name), folder: folder), terminator: "")
            }
        }
    }
}
