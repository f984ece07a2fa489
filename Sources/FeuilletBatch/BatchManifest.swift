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
///     formats: [a4, trifold, carousel-square]   # or entries: { format: a4, press: true, bleed: 5mm }
///     presets: all                     # title cards at these presets (or a list)
///     output: Output                   # relative to the manifest
///     fit: digest                      # what `render` sets: fit, bleed, marks, press, dpi
///     data: [{ file: astuces.csv, map: { title: Astuce }, presets: [square, story] }]
///
/// `data` names data files for bulk cards (as `cards --data`): each in every style at its
/// presets (square by default), one title card per row named from its `name` column.
///
/// An entry of `formats` names a format, or a card kind with its own `presets`
/// (`{ format: key, presets: [square, story] }`), and may set `press`, `fit`, `bleed`,
/// `marks` and `dpi` for its jobs alone, over the manifest's own.
public struct BatchManifest: Sendable {
    public var articles: [String]
    public var styles: [String]
    public var targets: [Target]
    public var output: URL
    /// The folders articles may be read from: the manifest's own (or the project's
    /// Articles/), and those a person names with `--articles-from`. A manifest cannot have
    /// a batch typeset `/etc/passwd`.
    public var articleFolders: [URL]
    /// What the manifest sets for every job, and for the jobs of one target.
    public var settings = JobSettings()
    /// The file it was read from (nil: `standard`).
    public var file: String?
    public var targetSettings: [Target: JobSettings] = [:]
    /// Data files for bulk cards, with the columns their fields come from and their presets.
    public var data: [DataSource] = []

    public struct DataSource: Sendable, Hashable {
        public var file: String
        /// Field → column, as `cards --map` (CardData.fields).
        public var mapping: [String: String]
        public var presets: [CardPreset]

        public init(file: String, mapping: [String: String] = [:], presets: [CardPreset] = [CardPreset(named: "square")!]) {
            (self.file, self.mapping, self.presets) = (file, mapping, presets)
        }
    }

    /// The keys of a manifest, and of an entry of `formats`.
    static let keys = ["articles", "styles", "formats", "presets", "output", "data"] + settingKeys + ["press"]
    static let dataKeys = ["file", "map", "presets"]
    static let entryKeys = ["format", "presets", "press"] + settingKeys
    static let settingKeys = ["fit", "bleed", "marks", "dpi"]

    public init(articles: [String], styles: [String], targets: [Target], output: URL, articleFolders: [URL]) {
        self.articles = articles
        self.styles = styles
        self.targets = targets
        self.output = output
        self.articleFolders = articleFolders
    }

    /// The manifest `feuillet` (and `feuillet batch`) reads when none is named: the
    /// project's own, as `feuillet init` writes it.
    public static let projectFile = "feuillet.yml"

    /// The batch with no manifest named: the project's `feuillet.yml` when it has one, else
    /// `standard`.
    public static func project(_ workspace: Workspace) throws -> BatchManifest {
        let file = workspace.root.appendingPathComponent(projectFile)
        return access(file.path, F_OK) == 0 ? try BatchManifest(file: file.path) : standard(workspace)
    }

    /// The batch with no manifest: every article in Articles/, every style, the default targets.
    public static func standard(_ workspace: Workspace) -> BatchManifest {
        BatchManifest(articles: [workspace.articlesFolder.appendingPathComponent("*.md").path], styles: ["all"],
                      targets: Target.defaults, output: workspace.outputFolder, articleFolders: [workspace.articlesFolder])
    }

    /// What the jobs of `target` are made with.
    public func settings(for target: Target) -> JobSettings { targetSettings[target] ?? settings }

    /// Every name a format can have, for "did you mean".
    static var concreteNames: [String] {
        PrintFormat.all.flatMap { [Target.print($0).name, Target.print($0, press: true).name] }
            + CardKind.allCases.flatMap { kind in CardPreset.all.map { Target.cards(kind, $0).name } }
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
        func list(_ key: String, in map: Node.Mapping = map, context: String = "") throws -> [(String, Node)]? {
            guard let value = map[key] else { return nil }
            if let s = value.string { return [(s, value)] }
            guard let seq = value.sequence else { throw fail(value, "\(context)\(key): expected a name or a list") }
            return try seq.map { item in
                guard let s = item.string else { throw fail(item, "\(context)\(key): expected a name") }
                return (s, item)
            }
        }
        func checkKeys(_ map: Node.Mapping, _ known: [String], context: String) throws {
            for (key, _) in map {
                guard let name = key.string, known.contains(name) else {
                    throw fail(key, "\(context)\(key.string ?? "?"): unknown key\(Suggestion.hint(for: key.string ?? "", in: known))")
                }
            }
        }
        func flag(_ key: String, in map: Node.Mapping, context: String) throws -> Bool? {
            guard let node = map[key] else { return nil }
            guard let value = node.bool else { throw fail(node, "\(context)\(key): expected true or false") }
            return value
        }
        /// `fit`, `bleed`, `marks` and `dpi` of the manifest or of one entry.
        func settings(_ map: Node.Mapping, context: String) throws -> JobSettings {
            var settings = JobSettings()
            if let node = map["fit"] {
                let names = PrintOptions.Fit.allCases.map(\.rawValue)
                guard let fit = node.string.flatMap(PrintOptions.Fit.init(rawValue:)) else {
                    throw fail(node, "\(context)fit: \"\(node.string ?? "?")\" is not one of \(names.joined(separator: ", "))\(Suggestion.hint(for: node.string ?? "", in: names))")
                }
                settings.fit = fit
            }
            if let node = map["bleed"] {
                guard let points = node.string.flatMap(RenderOptions.bleed(parsing:)) else {
                    throw fail(node, "\(context)bleed: \"\(node.string ?? "?")\" is not \(RenderOptions.bleedRange)")
                }
                settings.bleed = points
            }
            settings.marks = try flag("marks", in: map, context: context)
            if let node = map["dpi"] {
                guard let dpi = node.int, PageResolution.range.contains(dpi) else {
                    throw fail(node, "\(context)dpi: expected a whole number from \(PageResolution.range.lowerBound) to \(PageResolution.range.upperBound)")
                }
                settings.dpi = dpi
            }
            return settings
        }
        try checkKeys(map, Self.keys, context: "")
        /// Paths in a manifest are relative to its folder, unless absolute.
        func resolve(_ path: String) -> URL { path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path) }
        // A manifest of data files alone makes no article's outputs.
        articles = try list("articles")?.map { resolve($0.0).path } ?? (map["data"] == nil ? [resolve("Articles/*.md").path] : [])
        // A style is a name from Styles/, or a path to a .yml file (relative to the manifest).
        styles = try list("styles")?.map { $0.0.contains("/") || $0.0.hasSuffix(".yml") ? resolve($0.0).path : $0.0 } ?? ["all"]
        let shared = try settings(map, context: "")
        let pressAll = try flag("press", in: map, context: "") ?? false
        func format(_ name: String, _ node: Node) throws -> Target {
            guard let target = Target(name: name) else {
                throw fail(node, "formats: \"\(name)\" is not a format (\(Target.names.joined(separator: ", ")))\(Suggestion.hint(for: name, in: Self.concreteNames))")
            }
            return target
        }
        func presets(_ items: [(String, Node)], context: String) throws -> [CardPreset] {
            try items.flatMap { name, node -> [CardPreset] in
                if name == "all" { return CardPreset.all }
                guard let preset = CardPreset(named: name) else {
                    let names = CardPreset.all.map(\.name)
                    throw fail(node, "\(context)presets: \"\(name)\" is not a preset (\(names.joined(separator: ", ")), all, or WxH)\(Suggestion.hint(for: name, in: names))")
                }
                return [preset]
            }
        }
        /// The print shop's file of `target` when `press` says so.
        func pressed(_ target: Target, _ press: Bool, _ node: Node?) throws -> Target {
            guard press else { return target }
            guard let pressed = target.press else {
                if let node { throw fail(node, "formats: \(target.name) is not a print format: it has no press file") }
                return target
            }
            return pressed
        }
        var targets: [(Target, JobSettings?, Node)] = []
        // A format is a name, or an entry: `{ format: a4, press: true, fit: digest }`.
        for item in map["formats"].map({ $0.sequence.map(Array.init) ?? [$0] }) ?? [] {
            if let name = item.string {
                targets.append((try pressed(try format(name, item), pressAll, nil), nil, item))
                continue
            }
            guard let entry = item.mapping else { throw fail(item, "formats: expected a name or { format: <name>, press: true }") }
            try checkKeys(entry, Self.entryKeys, context: "formats: ")
            guard let nameNode = entry["format"], let name = nameNode.string else { throw fail(item, "formats: the entry needs format: <name>") }
            let own = shared.overridden(by: try settings(entry, context: "formats: \(name): "))
            let press = try flag("press", in: entry, context: "formats: ")
            if let items = try list("presets", in: entry, context: "formats: \(name): ") {
                // A card kind at its own presets: { format: key, presets: [square, story] }.
                for preset in try presets(items, context: "formats: \(name): ") {
                    targets.append((try format("\(name)-\(preset.name)", nameNode), own, nameNode))
                }
                continue
            }
            targets.append((try pressed(try format(name, nameNode), press ?? pressAll, entry["press"]), own, item))
        }
        targets += try presets(try list("presets") ?? [], context: "").map { (Target.card($0), nil, map["presets"]!) }
        var seen: [Target: JobSettings] = [:]
        self.targets = []
        for (target, own, node) in targets {
            let settings = own ?? shared
            if let earlier = seen[target] {
                guard earlier == settings else { throw fail(node, "formats: \(target.name) is asked for twice with different settings: one file cannot be both") }
                continue
            }
            seen[target] = settings
            self.targets.append(target)
        }
        if self.targets.isEmpty { self.targets = try Target.defaults.map { try pressed($0, pressAll, nil) } }
        self.settings = shared
        targetSettings = seen.filter { $0.value != shared }
        // Data files: a path, or { file: tips.csv, map: { title: Astuce }, presets: [square] }.
        for item in map["data"].map({ $0.sequence.map(Array.init) ?? [$0] }) ?? [] {
            if let path = item.string {
                data.append(DataSource(file: resolve(path).path))
                continue
            }
            guard let entry = item.mapping else { throw fail(item, "data: expected a file name or { file: tips.csv, map: { title: Astuce } }") }
            try checkKeys(entry, Self.dataKeys, context: "data: ")
            guard let path = entry["file"]?.string else { throw fail(item, "data: the entry needs file: <a .csv or .json file>") }
            var source = DataSource(file: resolve(path).path)
            if let node = entry["map"] {
                guard let pairs = node.mapping else { throw fail(node, "data: map: expected field: column pairs, { title: Astuce }") }
                for (key, value) in pairs {
                    guard let field = key.string, CardData.fields.contains(field) else {
                        throw fail(key, "data: map: a card has no field \"\(key.string ?? "?")\" (fields: \(CardData.fields.joined(separator: ", ")))\(Suggestion.hint(for: key.string ?? "", in: CardData.fields))")
                    }
                    guard let column = value.string else { throw fail(value, "data: map: \(field): expected a column name") }
                    source.mapping[field] = column
                }
            }
            if let items = try list("presets", in: entry, context: "data: ") { source.presets = try presets(items, context: "data: ") }
            data.append(source)
        }
        output = resolve(try list("output")?.first?.0 ?? "Output").standardizedFileURL
        articleFolders = [folder]
        self.file = file
    }
}
