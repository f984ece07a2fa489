import Foundation
import FeuilletModel

/// Finds style sheets by name in the style folders (or by path), follows `extends`
/// and returns a resolved `StyleSheet`, or the first problem as a `Diagnostic`.
public struct StyleLoader: Sendable {
    public var folders: [URL]
    public var knownFamilies: Set<String>?

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

    private func locate(_ nameOrPath: String, from: YAMLValue?) throws -> URL {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yml") {
            let url = URL(fileURLWithPath: nameOrPath, relativeTo: from.map { URL(fileURLWithPath: $0.at.file).deletingLastPathComponent() })
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

    /// The file's tree laid over the trees it extends, and those files; `chain` detects cycles.
    private func resolvedTree(_ url: URL, chain: [URL]) throws -> (tree: YAMLValue, files: [URL]) {
        let file = displayPath(url)
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw Diagnostic(file: file, line: 1, column: 1, message: "cannot read the style sheet as UTF-8 text")
        }
        let tree = try YAMLValue.parse(text, file: file)
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
