import Foundation
import FeuilletModel
import FeuilletLayout
import FeuilletRender
import FeuilletStyle

/// Reads the pictures of a document's figures before layout, each file once per process
/// (a batch shows one photo in many variants): a figure whose file cannot be used is an
/// error at its line, never a leaflet with a hole in it.
final class PictureLoader {
    private var cache: [String: (stamp: String, picture: Picture)] = [:]

    /// The pictures of the document's figures and of the style's logo.
    func pictures(for document: Document, style: StyleSheet) throws -> Pictures {
        var pictures = Pictures()
        for file in [style.logo?.file, style.logo?.dark].compactMap({ $0 }) {
            do {
                pictures.byFile[file] = try picture(file)
            } catch {
                throw Diagnostic(file: file, line: 1, message: "the style's logo cannot be used: \(ErrorWords.describe(error))")
            }
        }
        for figure in document.blocks.flatMap(\.figures) {
            guard let file = figure.file else {
                throw Diagnostic(file: figure.article, line: figure.line, message: figure.problem ?? "the image \"\(figure.source)\" cannot be read")
            }
            do {
                pictures.byFile[file] = try picture(file)
            } catch {
                throw Diagnostic(file: figure.article, line: figure.line, message: "the image \"\(figure.source)\" cannot be used: \(ErrorWords.describe(error))")
            }
        }
        return pictures
    }

    /// A file's picture, decoded again only when its size or date changed.
    func picture(_ file: String) throws -> Picture {
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        let size = (attributes[.size] as? Int) ?? 0
        let stamp = "\(size) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        if let known = cache[file], known.stamp == stamp { return known.picture }
        guard size <= PictureDecoder.maximumBytes else {
            throw PictureError(message: "it is \(size / 1_000_000) MB, more than the \(PictureDecoder.maximumBytes / 1_000_000) MB a picture may be")
        }
        let picture = try PictureDecoder.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        cache[file] = (stamp, picture)
        return picture
    }
}
