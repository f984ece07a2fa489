import ArgumentParser
import Foundation
import FeuilletLayout

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Renders one article in one style and format.",
        discussion: """
            ARTICLE is Markdown with YAML front matter (.md) or a page scraped from the Q&A site (.txt).
            The output goes to Output/<article>/<style>/<format>.<pdf|png|svg> unless --output is given.
            Print formats: a4 and a5 (as many pages as the text needs), dl (99 × 210 mm, recto and verso) \
            and trifold (A4 landscape folded in three, both sides). An article too long for dl or trifold \
            is an error naming what did not fit, unless --fit shrink.
            """)

    @Argument(help: "The article to render (.md or scraped .txt).")
    var article: String

    @Option(help: "Style name from Styles/ or path to a .yml file.")
    var style: String = "classique"

    @Option(help: "Output format: \(OutputFormat.names.joined(separator: ", ")).")
    var format: OutputFormat = .a4

    @Option(help: "Output file path.")
    var output: String?

    @Option(help: "File type: pdf (every page in one file), png or svg (one file per page: name-1.svg…; SVG text is drawn as outlines, not selectable). Default: pdf for print formats, png for cards.")
    var type: OutputType?

    @Option(name: .customLong("dump-layout"), help: "Also write the page tree as JSON (page, item kind, rectangle, text) to this path.")
    var dumpLayout: String?

    @Flag(help: "Print typesetting figures (word gaps of justified lines in em, hyphenated line ends, French spacing faults) on standard output.")
    var stats = false

    @OptionGroup var project: ProjectOptions
    @OptionGroup var fontOptions: FontOptions
    @OptionGroup var printing: PrintArguments

    func run() throws {
        try Reporting.run {
            let workspace = try Workspace(root: URL(fileURLWithPath: project.root), extraFontFolders: project.fontDirs)
            let (document, warnings) = try workspace.loadArticle(article)
            Reporting.warn(warnings)
            let sheet = try workspace.styles.load(style)
            let renderer = Renderer(workspace: workspace)
            let result: LayoutResult
            do {
                result = try renderer.layout(sheet.typeset(document), format: format, options: try printing.options(for: sheet))
            } catch let error as PrintLayout.DoesNotFit {
                Reporting.warn("\(article): error: \(error)")
                throw ExitCode.failure
            }
            for w in result.warnings { Reporting.warn("\(article): warning: \(w)") }
            try FontReport.check(result.pages, source: article, strict: fontOptions.strict)
            let name = URL(fileURLWithPath: article).deletingPathExtension().lastPathComponent
            let url = output.map { URL(fileURLWithPath: $0) }
                ?? workspace.outputFolder.appendingPathComponent("\(name)/\(sheet.name)/\(format.rawValue).\((type?.rawValue ?? format.fileExtension))")
            let files = try renderer.write(result.pages, document: document, format: format, to: url, type: type)
            if let dumpLayout { try LayoutDump.json(result.pages).write(to: URL(fileURLWithPath: dumpLayout)) }
            for file in files { print(file.path) }
            if stats { print(TypographyStats(pages: result.pages).report) }
        }
    }
}

extension OutputFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
    public var defaultValueDescription: String { rawValue }
}
