import Foundation
import FeuilletModel

/// Finds style sheets by name in the style folders (or by path), follows `extends`
/// and returns a resolved `StyleSheet`; a problem is thrown as a `Diagnostic`, several
/// (every one found, up to `problemLimit`) as `Diagnostics`.
public struct StyleLoader: Sendable {
    public var folders: [URL]
    public var knownFamilies: Set<String>?

    /// At most this many problems of a sheet are reported, then one line saying more follow.
    public static let problemLimit = StyleProblems.limit

    public init(folders: [URL], knownFamilies: Set<String>? = nil) {
        self.folders = folders
        self.knownFamilies = knownFamilies
    }

    /// Style names available in the folders, sorted.
    public func availableStyles() -> [String] {
        let names = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }
        }
        return Array(Set(names)).sorted()
    }

    /// A name (`classique`) is looked up in the folders; anything with a `/` or `.yml` is a path.
    public func load(_ nameOrPath: String) throws -> StyleSheet {
        let url = try locate(nameOrPath, from: nil)
        let tree = try resolvedTree(url, chain: []).tree
        return try StyleDecoder(knownFamilies: knownFamilies).decode(tree, name: url.deletingPathExtension().lastPathComponent)
    }

    /// The style's file and every file it extends: what an output made with it depends on.
    public func sourceFiles(_ nameOrPath: String) throws -> [URL] {
        try resolvedTree(try locate(nameOrPath, from: nil), chain: []).files
    }

    /// A name (`classique`) is looked up in the folders; anything with a `/` or `.yml` is a path.
    /// What a sheet extends (`from`) is confined: a name of the folders, or a `.yml` file
    /// beside that sheet. Any other file (`/etc/passwd`, `../x.yml`) is refused unread, so
    /// that no line of a file the user did not give is ever shown in an error.
    private func locate(_ nameOrPath: String, from: YAMLValue?) throws -> URL {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yml") {
            if let from {
                return try beside(nameOrPath, from: from)
            }
            let url = URL(fileURLWithPath: nameOrPath)
            if FileManager.default.fileExists(atPath: url.path) { return url.standardizedFileURL }
        } else if let url = folders.map({ $0.appendingPathComponent(nameOrPath + ".yml") })
            .first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            return url.standardizedFileURL
        }
        let names = availableStyles()
        let message = "style \"\(nameOrPath)\" not found\(Suggestion.hint(for: nameOrPath, in: names)) (styles: \(names.joined(separator: ", ")))"
        if let from { throw from.error("extends: \(message)") }
        throw Diagnostic(file: nameOrPath, line: 1, column: 1, message: message)
    }

    /// `extends: parent.yml` or `./parent.yml`: a style sheet in the extending sheet's own
    /// folder, links followed (a link out of the folder is refused too).
    private func beside(_ path: String, from: YAMLValue) throws -> URL {
        let folder = URL(fileURLWithPath: from.at.file).deletingLastPathComponent().standardizedFileURL
        let name = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        let url = folder.appendingPathComponent(name).standardizedFileURL
        let target = url.resolvingSymlinksInPath()
        var isFolder: ObjCBool = false
        guard !name.contains("/"), name.hasSuffix(".yml"), target.deletingLastPathComponent().path == folder.resolvingSymlinksInPath().path else {
            throw from.error("extends: \"\(path)\" is not a style: a sheet extends a style by name (\(availableStyles().joined(separator: ", "))) "
                             + "or a .yml file in its own folder")
        }
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw from.error("extends: no style sheet \"\(name)\" beside this one")
        }
        return url
    }

    /// The file's tree laid over the trees it extends, and those files; `chain` detects cycles.
    private func resolvedTree(_ url: URL, chain: [URL]) throws -> (tree: YAMLValue, files: [URL]) {
        let file = displayPath(url)
        let text = try ArticleText.read(url.path, shownAs: file, limits: .styleSheet)
        let tree = try chain.isEmpty ? YAMLValue.parse(text, file: file) : ParsedParents.tree(text, file: file)
        guard case .mapping(let pairs) = tree.kind, let parent = pairs.first(where: { $0.key == "extends" })?.value else { return (tree, [url]) }
        guard case .scalar(let parentName) = parent.kind else { throw parent.error("extends: expected the name of a style") }
        let parentURL = try locate(parentName, from: parent)
        if parentURL == url || chain.contains(parentURL) {
            let names = (chain + [url, parentURL]).map { $0.deletingPathExtension().lastPathComponent }
            throw parent.error("extends: cycle \(names.joined(separator: " → "))")
        }
        let parentTree = try resolvedTree(parentURL, chain: chain + [url])
        return (parentTree.tree.overlaid(with: tree), [url] + parentTree.files)
    }

    /// Paths relative to the working folder read better in error lines.
    private func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }
}
