import ArgumentParser
import Foundation
import FeuilletModel
import FeuilletPipeline

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turns an article scraped from the Q&A site into Markdown with front matter, printed on standard output.",
        discussion: "Recognises the title, the short answer, section headings and • lists, and drops the site's chrome (view and like counts are kept in the front matter).")

    @Argument(help: "The scraped article (plain text).")
    var file: String

    func run() throws {
        try Reporting.run {
            let (document, warnings) = try RawArticleImporter().importDocument(try Workspace.readText(file), file: file)
            Reporting.warn(warnings)
            print(MarkdownWriter().write(document), terminator: "")
        }
    }
}
