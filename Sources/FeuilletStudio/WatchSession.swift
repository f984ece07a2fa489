import Foundation
import FeuilletModel
import FeuilletLayout
import FeuilletTypesetting
import FeuilletPipeline

/// `feuillet watch`: renders an article in some styles and targets into `Output/`, then
/// again each time one of the files they are made from changes (the article, its
/// pictures, the style and what it extends, its logos, the fonts). Each render is one line
/// with the clock time, how long it took and where it went, followed by its warnings; a
/// broken edit is one error line, and the last good file stays where it was.
public struct WatchSession: Sendable {
    public var article: String
    public var styles: [String]
    public var targets: [Target]
    public var options: RenderOptions
    public var root: URL
    public var extraFontFolders: [String]

    public init(article: String, styles: [String], targets: [Target], options: RenderOptions, root: URL, extraFontFolders: [String] = []) {
        self.article = article
        self.styles = styles
        self.targets = targets
        self.options = options
        self.root = root
        self.extraFontFolders = extraFontFolders
    }

    /// Renders, then waits for changes and renders again, `rounds` times in all (nil: until
    /// the process is stopped). `report` gets each line as it is made.
    public func run(rounds: Int? = nil, report: (String) -> Void) throws {
        var pipeline = Pipeline(workspace: try workspace())
        let watcher = try FileWatcher()
        // What each style's outputs were made from; a change redoes the styles that read it.
        var inputs: [String: Set<String>] = [:]
        var redo = styles
        for round in 1... {
            // What is known before rendering is watched before: an edit made while the first
            // render runs is not missed. The pictures' folders are known after.
            try watch(article: article, pipeline: pipeline, with: watcher)
            for style in redo { inputs[style] = render(style, pipeline: pipeline, report: report) }
            if let rounds, round >= rounds { return }
            for folder in Set(inputs.values.joined().map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }).sorted() {
                try watcher.watch(URL(fileURLWithPath: folder))
            }
            let fonts = pipeline.workspace.fonts.folders
            redo = []
            while redo.isEmpty {
                let changed = watcher.changes(timeout: 3600)
                if changed.contains(where: { path in fonts.contains { path.hasPrefix($0 + "/") || path == $0 } }) {
                    // The font library is read once: a new font means a new workspace.
                    pipeline = Pipeline(workspace: try workspace())
                    redo = styles
                } else {
                    redo = styles.filter { style in changed.contains { inputs[style]?.contains($0) == true } }
                }
            }
        }
    }

    /// Watches the article's folder, the style folders (and the folder of a style given by
    /// path) and the fonts.
    private func watch(article: String, pipeline: Pipeline, with watcher: FileWatcher) throws {
        let workspace = pipeline.workspace
        var folders = [URL(fileURLWithPath: article).deletingLastPathComponent()] + workspace.styles.folders
        folders += styles.filter { $0.contains("/") || $0.hasSuffix(".yml") }.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        for folder in folders { try watcher.watch(folder) }
        for folder in workspace.fonts.folders { try watcher.watch(URL(fileURLWithPath: folder), recursive: true) }
    }

    private func workspace() throws -> Workspace {
        try Workspace(root: root, extraFontFolders: extraFontFolders)
    }

    /// Renders every target in `style` and reports it; returns the files it read.
    private func render(_ style: String, pipeline: Pipeline, report: (String) -> Void) -> Set<String> {
        let workspace = pipeline.workspace
        let started = Date()
        let location = OutputLocation(root: workspace.outputFolder, article: article, style: style)
        let typeset: TypesetDocument, warnings: [Diagnostic]
        do {
            (typeset, warnings) = try pipeline.typeset(article: article, style: style)
        } catch {
            let document = try? workspace.loadArticle(article).0
            for target in targets { report(line(started, style, target, failure: error, kept: kept(target, in: location))) }
            return workspace.inputs(article: article, document: document, style: style)
        }
        for target in targets {
            let begun = Date()
            do {
                let rendition = try pipeline.render(typeset, target: target, options: options)
                let files = try pipeline.write(rendition, in: location)
                let seconds = String(format: "%.2f", Date().timeIntervalSince(begun))
                let pages = rendition.pages.count
                report("\(Self.clock(begun)) \(style) \(target.name): \(pages) \(pages == 1 ? "page" : "pages") in \(seconds) s → \(Self.shown(files))")
                for problem in warnings.map(Problem.init) + rendition.findings.map({ Problem($0, article: article) }) { report("  " + problem.line) }
            } catch {
                report(line(begun, style, target, failure: error, kept: kept(target, in: location)))
            }
        }
        return workspace.inputs(article: article, document: typeset.document, style: style)
    }

    private func line(_ time: Date, _ style: String, _ target: Target, failure: Error, kept: URL?) -> String {
        let words = Problem.failure(failure, article: article).map(\.line).joined(separator: "; ")
        return "\(Self.clock(time)) \(style) \(target.name): \(words)\(kept.map { " (the last good file is kept: \($0.path))" } ?? "")"
    }

    /// The target's first file from an earlier render, if there is one.
    private func kept(_ target: Target, in location: OutputLocation) -> URL? {
        let file = location.folder.appendingPathComponent(target.firstFile(type: target.defaultType))
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }

    /// The clock time of a render, to the second, as people read it on a wall clock.
    static func clock(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }

    private static func shown(_ files: [URL]) -> String {
        files.count == 1 ? files[0].path : "\(files[0].path) … (\(files.count) files)"
    }
}
