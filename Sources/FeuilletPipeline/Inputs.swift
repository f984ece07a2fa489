import Foundation
import FeuilletModel
import FeuilletStyle

extension Workspace {
    /// The files an output of `article` in `style` is read from, as standardized paths: the
    /// article, its pictures, the style sheet and every sheet it extends, the style's logos
    /// and the hyphenation dictionary (fonts are `fonts.folders`, which every output reads).
    /// `document` is the article as read (nil when it could not be: its pictures are then
    /// unknown); a style that cannot be read counts as its own file when it exists.
    /// What `feuillet watch` and `feuillet serve` redo an output on.
    public func inputs(article: String, document: Document?, style: String) -> Set<String> {
        var files = [article, hyphenationDictionary]
        files += document?.blocks.flatMap(\.figures).compactMap(\.file) ?? []
        if let sheets = try? styles.sourceFiles(style) {
            files += sheets.map(\.path)
        } else if style.contains("/") || style.hasSuffix(".yml") {
            files.append(style)
        } else {
            files += styles.folders.map { $0.appendingPathComponent(style + ".yml").path }
        }
        if let logo = (try? styles.load(style))?.logo {
            files += [logo.file, logo.dark].compactMap { $0 }
        }
        return Set(files.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    }
}
