import ArgumentParser
import Foundation
import FeuilletPipeline
import FeuilletStudio

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Renders an article, then again every time it or what it is made from changes on disk.",
        discussion: """
            Files go where `render` puts them (Output/<article>/<style>/<format>.pdf|png). Watched: the article, \
            its pictures, each style and the styles it extends, the style's logo, the fonts in Fonts/. Each render \
            prints one line (clock time, style, format, pages, seconds, file) and its warnings with file:line:col; \
            an edit that breaks the article or the style prints the error and keeps the last good file. Stop with Ctrl-C.
            """)

    @Argument(help: "The article to watch (.md or scraped .txt).")
    var article: String

    @Option(name: .customLong("style"), help: "Style name from Styles/ or path to a .yml file (repeatable).")
    var styles: [String] = ["classique"]

    @Option(name: .customLong("format"), help: "Output format (repeatable): \(Target.names.joined(separator: ", ")).")
    var formats: [Target] = [.a4]

    @OptionGroup var project: ProjectOptions
    @OptionGroup var printing: PrintArguments
    @OptionGroup var strictness: StrictOption

    func run() throws {
        try Reporting.run {
            let session = WatchSession(article: article, styles: styles, targets: try formats.map(printing.target),
                                       options: try printing.options(strict: strictness.strict),
                                       root: URL(fileURLWithPath: project.root), extraFontFolders: project.fontDirs)
            try session.run { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        }
    }
}
