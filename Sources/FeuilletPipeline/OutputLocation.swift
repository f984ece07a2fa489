import Foundation

/// Where a variant's files go: `<output>/<article>/<style>/`, then the target's file
/// names. The one place output paths are made, for `render`, `cards` and the batch.
public struct OutputLocation: Sendable, Hashable {
    public let folder: URL

    /// `root/<article>/<style>`, both folder names made with `safeName`.
    public init(root: URL, article: String, style: String) {
        folder = root.appendingPathComponent(Self.safeName(article)).appendingPathComponent(Self.safeName(style))
    }

    /// A folder a person named (`cards --output`), used as it is.
    public init(folder: URL) {
        self.folder = folder
    }

    /// The files of `target` here, for a rendition of `pages` pages written as `type`.
    public func files(_ target: Target, pages: Int, type: FileType) -> [URL] {
        target.files(pages: pages, type: type).map { folder.appendingPathComponent($0) }
    }

    /// `file`'s path from `root` (`metastases/classique/a4.pdf`), as a report gives it, so
    /// that an output folder moved or shared between machines still reads; `file` as it is
    /// when it is not under `root`.
    public static func relative(_ file: URL, to root: URL) -> String {
        let base = root.standardizedFileURL.path, path = file.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }

    /// A file name without its folders and extension, so that no article or style path can
    /// write outside the output folder (`../x.md` is `x`; a dot file gets a `_`).
    public static func safeName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        let base = last.hasPrefix(".") ? last : (last.lastIndex(of: ".").map { String(last[..<$0]) } ?? last)
        return base.isEmpty || base.hasPrefix(".") ? "_" + base.filter { $0 != "." } : base
    }
}
