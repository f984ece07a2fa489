import Foundation

/// What an image in an article points at: a file of the article's folder (or below it),
/// nothing else. A remote address is never fetched, a path that leads out of the folder
/// never read; either is a problem in words, as is a file that does not exist.
enum ImageReference {
    /// The file `url` names for the article `file`, or why it cannot be used.
    static func resolve(_ url: String, in file: String) -> (file: String?, problem: String?) {
        if TextToken.isWebAddress(url.unicodeScalars) || url.lowercased().hasPrefix("data:") || url.contains("://") {
            return (nil, "the image \"\(url)\" is remote and is never fetched (Feuillet does not use the network): put the file beside the article")
        }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath()
        let target = URL(fileURLWithPath: url.removingPercentEncoding ?? url, relativeTo: folder).standardizedFileURL.resolvingSymlinksInPath()
        if !target.path.hasPrefix(folder.path + "/") {
            return (nil, "the image \"\(url)\" is outside the article's folder and is not read")
        }
        if !FileManager.default.fileExists(atPath: target.path) {
            return (nil, "the image \"\(url)\" does not exist")
        }
        return (target.path, nil)
    }
}
