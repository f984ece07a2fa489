import Foundation
import FeuilletModel
import FeuilletRender

/// What the studio's page may change on disk, each written whole to a temporary file and
/// renamed over the old one, so that the watcher (and an editor) never sees half a file.
enum StudioEdits {
    /// Saves an article's text over its file in `Articles/` (the caller names the file from
    /// the folder's listing, never from the request). A broken article is saved too: the
    /// page then shows its error where its variants were.
    static func saveArticle(_ text: String, to url: URL) throws {
        try AtomicFile.write(Array(text.utf8), to: url)
    }
}
