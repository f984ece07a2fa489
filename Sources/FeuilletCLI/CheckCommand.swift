import ArgumentParser
import Foundation
import FeuilletLayout
import FeuilletPipeline

/// `feuillet check`: lays an article out as `render` would, writes nothing, and reports
/// what would make the file wrong for a reader or a printer.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks an article in a style and format before it is printed or posted; writes no file.",
        discussion: """
            Errors (exit code 1): a character no font has, text/background contrast under WCAG AA \
            (4.5:1, 3:1 for text of 18 pt or 14 pt bold) for every line and box, body text under 12 pt \
            in print, an article too long for its format, a word of the article on no page, more \
            hyphenated lines in a row than the style allows.
            Warnings: font fallback, body lines outside 45–75 characters, lines wider than their column \
            or words broken without a hyphen, lines starting with : ; ! ? » or ending with «, hyphens in \
            headings, what the importer could not show (tables, images, HTML).
            The article is laid out with the same options as `render` (--fit, --bleed, --marks).
            """)

    @Argument(help: "The article to check (.md or scraped .txt).")
    var article: String

    @Option(help: "Style name from Styles/ or path to a .yml file.")
    var style: String = "classique"

    @Option(help: "Output format: \(Target.names.joined(separator: ", ")).")
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
            let pipeline = Pipeline(workspace: try project.workspace())
            let (typeset, importWarnings) = try pipeline.typeset(article: article, style: style)
            var findings = importWarnings.map { Finding(.warning, "import", "line \($0.line): \($0.message)") }
            do {
                findings += try pipeline.render(typeset, target: format, options: try printing.options()).findings
            } catch let error as PrintLayout.DoesNotFit {
                findings.append(Finding(.error, "overflow", "\(error)"))
            } catch let rejected as Pipeline.Rejected {
                findings.append(rejected.finding)
            }
            let errors = findings.filter { $0.severity == .error }.count
            let name = typeset.style.name
            if json {
                let report = Report(article: article, style: name, format: format.name, errors: errors,
                                    warnings: findings.count - errors, findings: findings)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                for finding in findings { Reporting.warn("\(article): \(finding)") }
                print("\(article) (\(name), \(format.name)): \(errors) error(s), \(findings.count - errors) warning(s)")
            }
            if errors > 0 { throw ExitCode.failure }
        }
    }
}
