import Foundation

/// What an image in an article points at. Images are not drawn yet, but the reference is
/// still checked, so that a typo, a file outside the article's folder or a remote address
/// is named now rather than discovered when images arrive. Nothing is ever fetched.
enum ImageReference {
    /// The warning for an image `url` in the article `file`.
    static func warning(_ url: String, in file: String) -> String {
        let kept = "images are not supported yet; its description is kept as text"
        if TextToken.isWebAddress(url) || url.lowercased().hasPrefix("data:") {
            return "remote image \"\(url)\" is never fetched (Feuillet does not use the network); \(kept)"
        }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath()
        let target = URL(fileURLWithPath: url.removingPercentEncoding ?? url, relativeTo: folder).standardizedFileURL.resolvingSymlinksInPath()
        if !target.path.hasPrefix(folder.path + "/") {
            return "image \"\(url)\" is outside the article's folder and will not be read; \(kept)"
        }
        if !FileManager.default.fileExists(atPath: target.path) {
            return "image \"\(url)\" does not exist; \(kept)"
        }
        return "image \"\(url)\": \(kept)"
    }
}
