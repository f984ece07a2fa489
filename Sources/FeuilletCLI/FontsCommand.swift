import ArgumentParser
import Foundation
import FeuilletPipeline

struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonts",
        abstract: "Lists the font families Feuillet can use (Fonts/ and --font-dir folders) and their styles.")

    @OptionGroup var project: ProjectOptions

    func run() throws {
        try Reporting.run {
            let workspace = try project.workspace()
            let styles = workspace.fonts.styles
            let width = styles.keys.map(\.count).max() ?? 0
            for family in styles.keys.sorted() {
                print(family.padding(toLength: width + 2, withPad: " ", startingAt: 0) + styles[family]!.joined(separator: ", "))
            }
            // A file no font could be read from: its family lacks a face.
            for (file, families) in workspace.fonts.damaged {
                Reporting.warn("\(file): error: cannot be read as a font (damaged?); \(families.isEmpty ? "its folder" : families.joined(separator: ", ")) lacks a face: run `make setup` to restore Fonts/")
            }
            if !workspace.fonts.damaged.isEmpty { throw ExitCode.failure }
        }
    }
}
