import ArgumentParser
import Foundation
import FeuilletLayout
import FeuilletPipeline
import FeuilletRender

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Renders one article in one style and format.",
        discussion: """
            ARTICLE is Markdown with YAML front matter (.md) or a page scraped from the Q&A site (.txt).
            The output goes to Output/<article>/<style>/<format>.<pdf|png|svg> unless --output is given.
            Print formats: a4 and a5 (as many pages as the text needs), dl (99 × 210 mm, recto and verso) \
            and trifold (A4 landscape folded in three, both sides), each as the office file (<format>.pdf, the page \
            is the trim, RGB) or with --press as the print shop's file (<format>-press.pdf, PDF/X-4 in CMYK with bleed \
            and marks; README, "Printing"). An article too long for dl or trifold \
            is set smaller down to a 12 pt body, then as its digest (title, short answer, key messages, lists, \
            the QR code of the full article), with a warning saying what was left out; --fit shrink sets the whole \
            text smaller instead, down to the style's page.min-scale; --fit none makes it an error naming what did not fit. Cards: card-<preset> (title), key-, quote-, carousel-<preset>.
            What `feuillet check` would find is printed as warnings; --strict makes its errors fatal.
            """)

    @Argument(help: "The article to render (.md or scraped .txt).")
    var article: String

    @Option(help: "Style name from Styles/ or path to a .yml file.")
    var style: String = "classique"

    @Option(help: "Output format: \(Target.names.joined(separator: ", ")). Default: \(Target.a4.name).", transform: Target.argument)
    var format: Target = .a4

    @Option(help: "Output file path.")
    var output: String?

    @Option(help: "File type: pdf (every page in one file), png or svg (one file per page: name-1.svg…; SVG text is drawn as outlines, not selectable). Default: pdf for print formats, png for cards, or what --output's extension says.")
    var type: FileType?

    @Option(help: "PNG and SVG of a print format: drawn at this many dots per inch (\(PageResolution.range.lowerBound)–\(PageResolution.range.upperBound); 150 makes an A4 1240 × 1754 px at the trim; default: a CSS pixel a pixel, 96 dpi, and SVG in points). Cards keep their preset's pixels and only write it in the PNG.")
    var dpi: Int?

    @Option(name: .customLong("dump-layout"), help: "Also write the page tree as JSON (page, item kind, rectangle, text) to this path.")
    var dumpLayout: String?

    @Flag(help: "Print typesetting figures (word gaps of justified lines in em, hyphenated line ends, French spacing faults) on standard output.")
    var stats = false

    @OptionGroup var project: ProjectOptions
    @OptionGroup var printing: PrintArguments
    @OptionGroup var strictness: StrictOption

    func run() throws {
        try Reporting.run {
            let output = output.map { URL(fileURLWithPath: $0) }
            let format = try printing.target(format)
            let type = try FileType.choose(requested: type, output: output, target: format)
            _ = try PageResolution.checked(dpi, for: type)
            let pipeline = Pipeline(workspace: try project.workspace())
            let (typeset, warnings) = try pipeline.typeset(article: article, style: style, strict: strictness.strict)
            Reporting.warn(warnings)
            let rendition: Rendition
            do {
                rendition = try pipeline.render(typeset, target: format, options: try printing.options(strict: strictness.strict))
            } catch let error as PrintLayout.DoesNotFit {
                Reporting.warn("\(article): error: \(error)")
                throw ExitCode.failure
            } catch let error as Pipeline.Rejected {
                Reporting.warn("\(article): error: \(error)")
                throw ExitCode.failure
            }
            Reporting.warn(rendition.findings, source: article)
            let files = try output.map { try pipeline.write(rendition, as: type, to: $0, dpi: dpi) }
                ?? pipeline.write(rendition, as: type, in: OutputLocation(root: pipeline.workspace.outputFolder, article: article, style: typeset.style.name), dpi: dpi)
            if let dumpLayout { try AtomicFile.write(Array(try LayoutDump.json(rendition.pages)), to: URL(fileURLWithPath: dumpLayout)) }
            for file in files { print(file.path) }
            if stats { print(TypographyStats(pages: rendition.pages).report) }
        }
    }
}
