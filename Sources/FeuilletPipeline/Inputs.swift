import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletLayout

extension Workspace {
    /// The files a rendition of `document` in `style` reads besides the article and the
    /// style sheets, sorted: its pictures (figures, the cards' `image:`), the style's logos,
    /// the hyphenation dictionary of its language and the font files of the style's
    /// families (and of the emoji family every style falls back to) unless `fonts` is false.
    /// A batch keeps them in the job's fingerprint: a change to one redoes the jobs that
    /// read it, only those.
    public func reads(document: Document, style: StyleSheet, fonts withFonts: Bool = true) -> [String] {
        var files = (document.blocks.flatMap(\.figures) + document.cardPhotos).compactMap { Self.path(of: $0) }
        files += [style.logo?.file, style.logo?.dark, hyphenationDictionary(for: document.metadata.lang)].compactMap { $0 }
        if withFonts {
            let families = style.families.union([FontLibrary.emojiFamily])
            files += Set(families.flatMap { fonts.familyFolders[$0] ?? [] }).flatMap { FontLibrary.fontFiles($0).files }
        }
        return Set(files.map { URL(fileURLWithPath: $0).standardizedFileURL.path }).sorted()
    }

    /// A figure's file, or for one that does not exist (yet) the file it names in the
    /// article's folder: a picture added later then redoes the job that missed it.
    static func path(of figure: Figure) -> String? {
        if let file = figure.file { return file }
        guard !figure.source.contains(":") else { return nil }
        let folder = URL(fileURLWithPath: figure.article).deletingLastPathComponent().standardizedFileURL
        let target = URL(fileURLWithPath: figure.source, relativeTo: folder).standardizedFileURL.path
        return target.hasPrefix(folder.path + "/") ? target : nil
    }

    /// The files an output of `article` in `style` is read from, as standardized paths: the
    /// article, the style sheet and every sheet it extends, and what `reads` lists (fonts
    /// aside: those are `fontFolders`, which every output reads). `document` is the article
    /// as read (nil when it could not be: its pictures are then unknown); a style that
    /// cannot be read counts as its own file when it exists. What `feuillet watch` and
    /// `feuillet serve` redo an output on.
    public func inputs(article: String, document: Document?, style: String) -> Set<String> {
        var files = [article]
        if let sheets = try? styles.sourceFiles(style) {
            files += sheets.map(\.path)
        } else if style.contains("/") || style.hasSuffix(".yml") {
            files.append(style)
        } else {
            files += styles.folders.map { $0.appendingPathComponent(style + ".yml").path }
        }
        let sheet = try? styles.load(style)
        if let document, let sheet {
            files += reads(document: document, style: sheet, fonts: false)
        } else {
            files += [sheet?.logo?.file, sheet?.logo?.dark].compactMap { $0 } + (document?.blocks.flatMap(\.figures).compactMap(\.file) ?? [])
            files += hyphenationDictionaries.values.sorted()
        }
        return Set(files.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    }
}
