import Foundation
import Testing
@testable import FeuilletStyle
import FeuilletModel

/// The repository, found from this file's path: Tests/FeuilletStyleTests/X.swift → ../../
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let styles = root.appendingPathComponent("Styles")
}

let knownFamilies: Set<String> = ["DejaVu Serif", "DejaVu Sans"]

/// The families Fonts/manifest.tsv installs: the only ones a shipped style may use.
let manifestFamilies: Set<String> = {
    let text = (try? String(contentsOf: Repo.root.appendingPathComponent("Fonts/manifest.tsv"), encoding: .utf8)) ?? ""
    return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").first.map(String.init) })
}()

/// The styles in Styles/, loaded against the manifest's families.
let shippedStyles = ["classique", "moderne", "grand-caractere", "nuit"]

func shipped(_ name: String) throws -> StyleSheet {
    try StyleLoader(folders: [Repo.styles], knownFamilies: manifestFamilies).load(name)
}

/// A fresh folder of style files written by a test; removed again by `remove()`.
struct StyleFolder {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("feuillet-style-tests-\(UUID().uuidString)", isDirectory: true)
            .standardizedFileURL
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    var loader: StyleLoader { StyleLoader(folders: [url], knownFamilies: knownFamilies) }

    /// How the loader prints a file of this folder: relative to the working folder when
    /// under it, else absolute.
    func shown(_ file: String) -> String { displayed(url.appendingPathComponent(file)) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The path as error lines show it (computed here, not hard-coded).
func displayed(_ url: URL) -> String {
    let path = url.standardizedFileURL.path
    let cwd = FileManager.default.currentDirectoryPath + "/"
    return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
}

/// Writes `files`, loads `style` from their folder and returns the one-line diagnostic.
func loadError(_ files: [String: String], load style: String,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> (Diagnostic, StyleFolder) {
    let folder = try StyleFolder(files)
    let diagnostic = try #require(throws: Diagnostic.self, sourceLocation: sourceLocation) {
        try folder.loader.load(style)
    }
    return (diagnostic, folder)
}

/// Writes `files`, loads `style` from their folder and returns every problem reported
/// (one `Diagnostic`, or several as `Diagnostics`).
func loadErrors(_ files: [String: String], load style: String,
                sourceLocation: SourceLocation = #_sourceLocation) throws -> ([Diagnostic], StyleFolder) {
    let folder = try StyleFolder(files)
    let error = try #require(throws: (any Error).self, sourceLocation: sourceLocation) { try folder.loader.load(style) }
    switch error {
    case let one as Diagnostic: return ([one], folder)
    case let several as Diagnostics: return (several.items, folder)
    default: Issue.record("not a diagnostic: \(error)", sourceLocation: sourceLocation); return ([], folder)
    }
}

/// Writes `files` and loads `style` from their folder.
func loadStyle(_ files: [String: String], load style: String) throws -> StyleSheet {
    let folder = try StyleFolder(files)
    defer { folder.remove() }
    return try folder.loader.load(style)
}
