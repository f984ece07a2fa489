import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletLayout
import FeuilletPipeline
internal import Yams

/// What a batch makes, as a person writes it in YAML:
///
///     articles: [Articles/*.md]        # paths or globs, relative to the manifest
///     styles: all                      # or names and globs: [classique, "m*"]
///     formats: [a4, trifold, carousel-square]   # or { format: a4, press: true }: a4-press.pdf
///     presets: all                     # title cards at these presets (or a list)
///     output: Output                   # relative to the manifest
public struct BatchManifest: Sendable {
    public var articles: [String]
    public var styles: [String]
    public var targets: [Target]
    public var output: URL
    /// The folders articles may be read from: the manifest's own (or the project's
    /// Articles/), and those a person names with `--articles-from`. A manifest cannot have
    /// a batch typeset `/etc/passwd`.
    public var articleFolders: [URL]

    static let keys = ["articles", "styles", "formats", "presets", "output"]

    public init(articles: [String], styles: [String], targets: [Target], output: URL, articleFolders: [URL]) {
        self.articles = articles
        self.styles = styles
        self.targets = targets
        self.output = output
        self.articleFolders = articleFolders
    }

    /// The batch with no manifest: every article in Articles/, every style, the default targets.
    public static func standard(_ workspace: Workspace) -> BatchManifest {
        BatchManifest(articles: [workspace.articlesFolder.appendingPathComponent("*.md").path], styles: ["all"],
                      targets: Target.defaults, output: workspace.outputFolder, articleFolders: [workspace.articlesFolder])
    }

    public init(file: String) throws {
        let text = try ArticleText.read(file, limits: .manifest)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        // Bounded: an alias bomb is refused before anything is expanded.
        let node = try BoundedYAML.compose(text, file: file, limits: .manifest)
        guard let map = node?.mapping else { throw Diagnostic(file: file, line: 1, column: 1, message: "expected a mapping of keys") }
        func fail(_ node: Node, _ message: String) -> Diagnostic {
            Diagnostic(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message: message)
        }
        func list(_ key: String) throws -> [(String, Node)]? {
            guard let value = map[key] else { return nil }
            if let s = value.string { return [(s, value)] }
            guard let seq = value.sequence else { throw fail(value, "\(key): expected a name or a list") }
            return try seq.map { item in
                guard let s = item.string else { throw fail(item, "\(key): expected a name") }
                return (s, item)
            }
        }
        for (key, _) in map {
            guard let name = key.string, Self.keys.contains(name) else {
                throw fail(key, "\(key.string ?? "?"): unknown key\(Suggestion.hint(for: key.string ?? "", in: Self.keys))")
            }
        }
        /// Paths in a manifest are relative to its folder, unless absolute.
        func resolve(_ path: String) -> URL { path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path) }
        articles = try list("articles")?.map { resolve($0.0).path } ?? [resolve("Articles/*.md").path]
        // A style is a name from Styles/, or a path to a .yml file (relative to the manifest).
        styles = try list("styles")?.map { $0.0.contains("/") || $0.0.hasSuffix(".yml") ? resolve($0.0).path : $0.0 } ?? ["all"]
        func format(_ name: String, _ node: Node) throws -> Target {
            guard let target = Target(name: name) else {
                throw fail(node, "formats: \"\(name)\" is not a format (\(Target.names.joined(separator: ", ")))")
            }
            return target
        }
        // A format is a name, or `{ format: a4, press: true }` for the print shop's file.
        let formats = map["formats"].map { $0.sequence.map(Array.init) ?? [$0] } ?? []
        var targets: [Target] = try formats.map { item in
            if let name = item.string { return try format(name, item) }
            guard let entry = item.mapping else { throw fail(item, "formats: expected a name or { format: <name>, press: true }") }
            for (key, _) in entry where !["format", "press"].contains(key.string ?? "") {
                throw fail(key, "formats: \(key.string ?? "?"): unknown key\(Suggestion.hint(for: key.string ?? "", in: ["format", "press"]))")
            }
            guard let nameNode = entry["format"], let name = nameNode.string else { throw fail(item, "formats: the entry needs format: <name>") }
            let target = try format(name, nameNode)
            guard let pressNode = entry["press"], let press = pressNode.bool else {
                if let pressNode = entry["press"] { throw fail(pressNode, "formats: press: expected true or false") }
                return target
            }
            guard press else { return target }
            guard let pressed = target.press else { throw fail(pressNode, "formats: \(name) is not a print format: it has no press file") }
            return pressed
        }
        for (name, node) in try list("presets") ?? [] {
            if name == "all" { targets += CardPreset.all.map(Target.card); continue }
            guard let preset = CardPreset(named: name) else { throw fail(node, "presets: \"\(name)\" is not a preset (\(CardPreset.all.map(\.name).joined(separator: ", ")), all, or WxH)") }
            targets.append(.card(preset))
        }
        self.targets = targets.isEmpty ? Target.defaults : targets
        output = resolve(try list("output")?.first?.0 ?? "Output").standardizedFileURL
        articleFolders = [folder]
    }
}
