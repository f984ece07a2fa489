import ArgumentParser
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Renders every article in Articles/ with every style: Output/<article>/<style>/a4.pdf and card-square.png.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var fontOptions: FontOptions

    func run() throws {
        try Reporting.run {
            let workspace = try Workspace(root: URL(fileURLWithPath: project.root), extraFontFolders: project.fontDirs)
            let renderer = Renderer(workspace: workspace)
            let articles = ((try? FileManager.default.contentsOfDirectory(atPath: workspace.articlesFolder.path)) ?? [])
                .filter { $0.hasSuffix(".md") }.sorted()
            var failed = false
            for file in articles {
                let path = workspace.articlesFolder.appendingPathComponent(file).path
                let name = String(file.dropLast(3))
                for styleName in workspace.styles.availableStyles() {
                    for format in OutputFormat.demoSet {
                        do {
                            let (document, warnings) = try workspace.loadArticle(path)
                            Reporting.warn(warnings)
                            let sheet = try workspace.styles.load(styleName)
                            let result = try renderer.layout(document, style: sheet, format: format)
                            for w in result.warnings { Reporting.warn("\(path): warning: \(w)") }
                            try FontReport.check(result.pages, source: path, strict: fontOptions.strict)
                            let url = workspace.outputFolder.appendingPathComponent("\(name)/\(styleName)/\(format.rawValue).\(format.fileExtension)")
                            try renderer.write(result.pages, document: document, format: format, to: url)
                            print(url.path)
                        } catch is ExitCode {
                            failed = true  // already reported, line by line
                        } catch {
                            Reporting.warn("\(error)")
                            failed = true
                        }
                    }
                }
            }
            if failed { throw ExitCode.failure }
        }
    }
}
