import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletRender

/// What the studio's page may change on disk, each written whole to a temporary file and
/// renamed over the old one, so that the watcher (and an editor) never sees half a file.
/// Files are named from the folders' listings, never from a request.
enum StudioEdits {
    /// A change refused, in words the page shows.
    struct Refused: Error, CustomStringConvertible {
        var description: String
    }

    /// Saves an article's text over its file in `Articles/`. A broken article is saved too:
    /// the page then shows its error where its variants were.
    static func saveArticle(_ text: String, to url: URL) throws {
        try AtomicFile.write(Array(text.utf8), to: url)
    }

    /// The colours and fonts a style sheet of `Styles/` sets itself.
    static func styleFields(_ url: URL, shownAs file: String) throws -> [StyleFields.Field] {
        try StyleFields.read(try ArticleText.read(url.path, shownAs: file, limits: .styleSheet), file: file)
    }

    /// Writes the changed colours and fonts back into the sheet, its comments kept, once the
    /// sheet as changed loads (`check` loads it with the project's fonts): a colour that is
    /// not one or a family that is not in `Fonts/` is refused and nothing is written.
    static func saveStyle(_ changes: [String: String], to url: URL, shownAs file: String, check: (URL) throws -> Void) throws {
        let text = try ArticleText.read(url.path, shownAs: file, limits: .styleSheet)
        let changed = try StyleFields.write(text, file: file, changes: changes)
        // Checked as a file beside the sheet (what it extends is found beside it), whose name
        // is no style's.
        let trial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).check")
        try AtomicFile.write(Array(changed.utf8), to: trial)
        defer { try? FileManager.default.removeItem(at: trial) }
        do {
            try check(trial)
        } catch {
            throw Refused(description: Problem.failure(error, article: file).map(\.line).joined(separator: "\n")
                .replacingOccurrences(of: trial.path, with: file))
        }
        try AtomicFile.write(Array(changed.utf8), to: url)
    }

    /// Makes a new article of `Articles/` from a page scraped from the Q&A site, as
    /// `feuillet import` does, named after its title; returns its file name.
    static func importArticle(_ scraped: String, into folder: URL) throws -> String {
        let (document, _) = try RawArticleImporter().importDocument(scraped, file: "la page importée")
        let stem = fileStem(document.metadata.title)
        let existing = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        guard let name = ([stem] + (2...99).map { "\(stem)-\($0)" }).map({ $0 + ".md" }).first(where: { !existing.contains($0) }) else {
            throw Refused(description: "Articles/ already has 99 articles named \(stem)")
        }
        try AtomicFile.write(Array(MarkdownWriter().write(document).utf8), to: folder.appendingPathComponent(name))
        return name
    }

    /// A file name from a title: lower case, accents dropped, words joined by hyphens.
    static func fileStem(_ title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR")).lowercased()
        let words = folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        let stem = words.prefix(8).joined(separator: "-")
        return stem.isEmpty ? "article" : String(stem.prefix(60))
    }
}
