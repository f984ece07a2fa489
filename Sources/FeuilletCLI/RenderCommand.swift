import ArgumentParser
import Foundation
import FeuilletLayout

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Renders one article in one style and format.",
        discussion: """
            ARTICLE is Markdown with YAML front matter (.md) or a page scraped from the Q&A site (.txt).
            The output goes to Output/<article>/<style>/<format>.<pdf|png> unless --output is given.
            """)

    @Argument(help: "The article to render (.md or scraped .txt).")
    var article: String

    @Option(help: "Style name from Styles/ or path to a .yml file.")
    var style: String = "classique"

    @Option(help: "Output format: \(OutputFormat.names.joined(separator: ", ")).")
    var format: OutputFormat = .a4

    @Option(help: "Output file path.")
    var output: String?

    @Option(name: .customLong("dump-layout"), help: "Also write the page tree as JSON (page, item kind, rectangle, text) to this path.")
    var dumpLayout: String?

    @Flag(help: "Print typesetting figures (word gaps of justified lines in em, hyphenated line ends, French spacing faults) on standard output.")
    var stats = false

    @OptionGroup var project: ProjectOptions
    @OptionGroup var fontOptions: FontOptions

    func run() throws {
        try Reporting.run {
            let workspace = try Workspace(root: URL(fileURLWithPath: project.root), extraFontFolders: project.fontDirs)
            let (document, warnings) = try workspace.loadArticle(article)
            Reporting.warn(warnings)
            let sheet = try workspace.styles.load(style)
            let renderer = Renderer(workspace: workspace)
            let result = try renderer.layout(document, style: sheet, format: format)
            for w in result.warnings { Reporting.warn("\(article): warning: \(w)") }
            try FontReport.check(result.pages, source: article, strict: fontOptions.strict)
            let name = URL(fileURLWithPath: article).deletingPathExtension().lastPathComponent
            let url = output.map { URL(fileURLWithPath: $0) }
                ?? workspace.outputFolder.appendingPathComponent("\(name)/\(sheet.name)/\(format.rawValue).\(format.fileExtension)")
            try renderer.write(result.pages, document: document, format: format, to: url)
            if let dumpLayout { try LayoutDump.json(result.pages).write(to: URL(fileURLWithPath: dumpLayout)) }
            print(url.path)
            if stats { print(TypographyStats(pages: result.pages).report) }
        }
    }
}

extension OutputFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
    public var defaultValueDescription: String { rawValue }
}
