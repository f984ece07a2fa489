import ArgumentParser
import Foundation
import FeuilletLayout
import FeuilletPipeline

/// `feuillet check`: lays an article out as `render` would, writes nothing, and reports
/// what would make the file wrong for a reader or a printer.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks an article in a style and format before it is printed or posted; writes no file.",
        discussion: """
            Errors (exit code 1): a character no font has, text/background contrast under WCAG AA \
            (4.5:1, 3:1 for text of 18 pt or 14 pt bold) for every line and box, body text under 12 pt \
            in print, an article too long for its format, a word of the article on no page, more \
            hyphenated lines in a row than the style allows.
            Warnings: font fallback, body lines outside 45–75 characters, lines wider than their column \
            or words broken without a hyphen, lines starting with : ; ! ? » or ending with «, hyphens in \
            headings, what the importer could not show (tables, images, HTML), a front-matter key Feuillet does not know \
            (with the closest one it does: "did you mean").
            With --press, the print shop's file is made (in memory) and checked too: its output intent and PDF/X \
            version (note), the highest ink coverage its pages are drawn with (note; error over 300 %), RGB left \
            (error), black or grey text and rules printed in more than black ink (error), body text in more than \
            one ink and text under 6 pt in more than one ink (warnings), lines under 0.25 pt (warning), images under \
            300 ppi (warning) or 150 ppi (error), a background touching the trim with less than 3 mm of bleed (error).
            The article is laid out with the same options as `render` (--press, --fit, --bleed, --marks).
            """)

    @Argument(help: "The article to check (.md or scraped .txt).")
    var article: String

    @Option(help: "Style name from Styles/ or path to a .yml file.")
    var style: String = "classique"

    @Option(help: "Output format: \(Target.names.joined(separator: ", ")). Default: \(Target.a4.name).", transform: Target.argument)
    var format: Target = .a4

    @Flag(help: "Print the findings as JSON on standard output.")
    var json = false

    @OptionGroup var project: ProjectOptions
    @OptionGroup var printing: PrintArguments

    /// What `--json` prints.
    struct Report: Codable {
        var article: String
        var style: String
        var format: String
        var errors: Int
        var warnings: Int
        var findings: [Finding]
    }

    func run() throws {
        try Reporting.run {
            let format = try printing.target(format)
            let pipeline = Pipeline(workspace: try project.workspace())
            let (typeset, importWarnings) = try pipeline.typeset(article: article, style: style)
            var findings = importWarnings.map { Finding(.warning, "import", "\($0.line):\($0.column): \($0.message)") }
            do {
                findings += try pipeline.render(typeset, target: format, options: try printing.options()).findings
            } catch let error as PrintLayout.DoesNotFit {
                findings.append(Finding(.error, "overflow", "\(error)"))
            } catch let rejected as Pipeline.Rejected {
                findings.append(rejected.finding)
            }
            let errors = findings.filter { $0.severity == .error }.count, warnings = findings.filter { $0.severity == .warning }.count
            let name = typeset.style.name
            if json {
                let report = Report(article: article, style: name, format: format.name, errors: errors,
                                    warnings: warnings, findings: findings)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                Reporting.warn(importWarnings)
                for finding in findings.dropFirst(importWarnings.count) { Reporting.warn("\(article): \(finding)") }
                print("\(article) (\(name), \(format.name)): \(errors) error(s), \(warnings) warning(s)")
            }
            if errors > 0 { throw ExitCode.failure }
        }
    }
}
