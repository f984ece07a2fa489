import Foundation
import FeuilletModel
import FeuilletLayout
import FeuilletStyle
import FeuilletTypesetting
import FeuilletPipeline

/// The studio's state: every variant of the articles opened in the page, its last good
/// pictures and its problems, redone when a file it is made from changes. One thread
/// renders (it owns the Pipeline, whose fonts belong to one thread), one watches the
/// folders; the server reads the state and listens to its updates.
public final class Studio: @unchecked Sendable {
    public let root: URL
    let extraFontFolders: [String]

    /// Every variant of an article the page shows: the A4, DL and three-panel leaflets (the
    /// office files), the title card at every preset and the square carousel.
    public static let targets: [Target] = [.a4, .print(.dl), .print(.trifold)] + CardPreset.all.map(Target.card)
        + [.cards(.carousel, CardPreset(named: "square")!)]
    static func order(_ target: String) -> Int { targets.firstIndex { $0.name == target } ?? targets.count }

    /// The pictures of the page are PNG files at a screen's resolution (96 px per inch).
    static let pictureType = FileType.png

    private struct Entry {
        var view: VariantView
        var pictures: [[UInt8]] = []
        /// The files the last render read: a change to one of them redoes the variant.
        var inputs: Set<String> = []
    }

    /// Everything below is guarded by `condition`, which also wakes the render thread.
    private let condition = NSCondition()
    private var entries: [VariantKey: Entry] = [:]
    private var pending: [VariantKey] = []
    private var tasks: [@Sendable (Pipeline?) -> Void] = []
    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextListener = 0
    /// Counts the changes seen, so that the render thread knows when a typeset article is stale.
    private var changes = 0
    private var fontsChanged = false
    private var stopped = false

    public init(root: URL, extraFontFolders: [String] = []) {
        self.root = root.standardizedFileURL
        self.extraFontFolders = extraFontFolders
    }

    public var articlesFolder: URL { root.appendingPathComponent("Articles") }
    public var stylesFolder: URL { root.appendingPathComponent("Styles") }
    var fontsFolder: URL { root.appendingPathComponent("Fonts") }

    /// The articles of `Articles/` (Markdown or scraped text), by file name, sorted.
    public func articles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: articlesFolder.path)) ?? [])
            .filter { name in !name.hasPrefix(".") && [".md", ".txt"].contains { name.hasSuffix($0) } }.sorted()
    }

    /// The styles of `Styles/`, by name, sorted.
    public func styles() -> [String] {
        StyleLoader(folders: [stylesFolder]).availableStyles()
    }

    /// An article's file when `name` is one of `articles()`: nothing else is ever read.
    public func article(_ name: String) -> URL? {
        articles().contains(name) ? articlesFolder.appendingPathComponent(name) : nil
    }

    /// A style's sheet when `name` is one of `styles()`.
    func styleFile(_ name: String) -> URL { stylesFolder.appendingPathComponent(name + ".yml") }

    /// Starts the render thread and the watcher thread.
    public func start() throws {
        let watcher = try FileWatcher()
        for folder in [articlesFolder, stylesFolder, fontsFolder] { try watcher.watch(folder, recursive: true) }
        let render = Thread { [self] in renderLoop() }
        render.name = "feuillet-studio-render"
        render.start()
        let watch = Thread { [self] in watchLoop(watcher) }
        watch.name = "feuillet-studio-watch"
        watch.start()
    }

    public func stop() {
        let pages = condition.withLock {
            stopped = true
            condition.broadcast()
            defer { listeners = [:] }
            return Array(listeners.values)
        }
        // Outside the lock: finishing a stream runs its termination handler, which takes it.
        for page in pages { page.finish() }
    }

    // MARK: what the server asks

    /// The variants of an article, in the order of the page; the first call for an article
    /// queues them all to be made.
    public func open(_ article: String) -> [VariantView] {
        let styles = styles()
        return condition.withLock {
            var views: [VariantView] = []
            for style in styles {
                for target in Self.targets {
                    let key = VariantKey(article: article, style: style, target: target.name)
                    if entries[key] == nil {
                        entries[key] = Entry(view: VariantView(key: key, downloads: target.types.filter { $0 != .svg }.map(\.rawValue)))
                        pending.append(key)
                    }
                    views.append(entries[key]!.view)
                }
            }
            condition.signal()
            return views
        }
    }

    /// The last good picture of a page of a variant (page from 1).
    public func picture(_ key: VariantKey, page: Int) -> [UInt8]? {
        condition.withLock {
            guard let pictures = entries[key]?.pictures, pictures.indices.contains(page - 1) else { return nil }
            return pictures[page - 1]
        }
    }

    /// At most this many pages listen at once (a person has a few tabs open, not hundreds).
    public static let listenerLimit = 32

    /// Updates of every variant (`event: variant`) and of the list of articles
    /// (`event: articles`), as Server-Sent Events, until the page goes away; nil when
    /// `listenerLimit` pages already listen.
    public func events() -> AsyncStream<String>? {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        let id: Int? = condition.withLock {
            guard listeners.count < Self.listenerLimit, !stopped else { return nil }
            nextListener += 1
            listeners[nextListener] = continuation
            return nextListener
        }
        guard let id else { return nil }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.condition.withLock { self.listeners.removeValue(forKey: id) }
        }
        return stream
    }

    /// Runs `work` on the render thread (which owns the Pipeline), before any variant
    /// waiting to be made, and returns what it returns.
    public func onRenderThread<T: Sendable>(_ work: @escaping @Sendable (Pipeline?) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            condition.withLock {
                tasks.append { pipeline in continuation.resume(with: Result { try work(pipeline) }) }
                condition.signal()
            }
        }
    }

    /// A variant's last good rendition, as the files `feuillet render` would write: the
    /// file's name and its bytes (`page` picks one image of a multi-page PNG).
    public func download(_ key: VariantKey, type: FileType, page: Int) async throws -> (name: String, bytes: [UInt8])? {
        try await onRenderThread { [self] _ in
            guard let rendition = renditions[key], rendition.target.types.contains(type) else { return nil }
            let files = try PageFiles.bytes(rendition, as: type)
            guard files.indices.contains(page - 1) else { return nil }
            return (rendition.target.files(pages: rendition.pages.count, type: type)[page - 1], files[page - 1])
        }
    }

    // MARK: changes

    /// Marks the variants that read one of `paths` to be made again, first (a failed render
    /// knows what it read too: the article, the style's files; one that knows nothing, as
    /// when the fonts could not be read, is redone on any change); a font marks them all.
    func changed(_ paths: [String]) {
        let fonts = paths.contains { $0.hasPrefix(fontsFolder.path + "/") }
        let articlesChanged = paths.contains { URL(fileURLWithPath: $0).deletingLastPathComponent().path == articlesFolder.path }
        condition.withLock {
            changes += 1
            fontsChanged = fontsChanged || fonts
            // Pictures already shown are redone before those never made: what the person
            // is looking at changes first.
            let redo = entries.filter { key, entry in
                !pending.contains(key) && (fonts || entry.inputs.isEmpty || paths.contains(where: entry.inputs.contains))
            }.keys.sorted()
            pending.insert(contentsOf: redo, at: 0)
            if articlesChanged { publish("articles", "{}") }
            condition.signal()
        }
    }

    private func watchLoop(_ watcher: FileWatcher) {
        while !(condition.withLock { stopped }) {
            let changed = watcher.changes(timeout: 0.5)
            guard !changed.isEmpty else { continue }
            // A new folder (of pictures, of fonts) is watched from now on.
            for path in changed { try? watcher.watch(URL(fileURLWithPath: path), recursive: true) }
            self.changed(changed)
        }
    }

    /// Sends an event to every page listening; called with `condition` held.
    private func publish(_ event: String, _ json: String) {
        for listener in listeners.values { listener.yield("event: \(event)\ndata: \(json)\n\n") }
    }

    // MARK: the render thread

    /// Only the render thread reads and writes these.
    private nonisolated(unsafe) var renditions: [VariantKey: Rendition] = [:]

    private func renderLoop() {
        var pipeline: Pipeline? = nil, workspaceError: Error? = nil
        var typeset: [String: (changes: Int, result: Result<(TypesetDocument, [Diagnostic]), Error>)] = [:]
        func makePipeline() {
            do {
                pipeline = Pipeline(workspace: try Workspace(root: root, extraFontFolders: extraFontFolders))
                workspaceError = nil
            } catch {
                pipeline = nil
                workspaceError = error
            }
            typeset = [:]
        }
        makePipeline()
        while true {
            condition.lock()
            while tasks.isEmpty && pending.isEmpty && !stopped { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            let renew = fontsChanged
            fontsChanged = false
            let task = tasks.isEmpty ? nil : tasks.removeFirst()
            let key = task == nil ? pending.removeFirst() : nil
            let seen = changes
            condition.unlock()
            if renew { makePipeline() }
            if let task {
                task(pipeline)
                continue
            }
            guard let key else { continue }
            let article = articlesFolder.appendingPathComponent(key.article).path
            let cacheKey = key.article + "\n" + key.style
            if typeset[cacheKey]?.changes != seen, let pipeline {
                typeset[cacheKey] = (seen, Result { try pipeline.typeset(article: article, style: key.style) })
            }
            let made = render(key, article: article, pipeline: pipeline, typeset: typeset[cacheKey]?.result ?? .failure(workspaceError!))
            condition.withLock {
                guard var entry = entries[key] else { return }
                entry.view.version += 1
                entry.view.seconds = made.seconds
                entry.view.problems = made.problems.map(shown)
                entry.inputs = made.inputs
                if let pictures = made.pictures {
                    entry.view.state = .ready
                    entry.view.pictureVersion = entry.view.version
                    entry.view.pages = pictures.count
                    entry.view.sizes = made.sizes
                    entry.view.texts = made.texts
                    entry.pictures = pictures
                } else {
                    entry.view.state = .failed
                }
                entries[key] = entry
                if let json = try? String(decoding: JSONEncoder().encode(entry.view), as: UTF8.self) { publish("variant", json) }
            }
        }
    }

    private struct Made {
        var pictures: [[UInt8]]?
        var sizes: [[Int]] = []
        var texts: [String] = []
        var problems: [Problem]
        var inputs: Set<String>
        var seconds: Double
    }

    private func render(_ key: VariantKey, article: String, pipeline: Pipeline?, typeset: Result<(TypesetDocument, [Diagnostic]), Error>) -> Made {
        let started = Date()
        guard let pipeline, let target = Target(name: key.target) else {
            return Made(problems: Problem.failure(typeset.failure ?? Problem.Unknown(target: key.target), article: article), inputs: [], seconds: 0)
        }
        let workspace = pipeline.workspace
        do {
            let (document, warnings) = try typeset.get()
            let rendition = try pipeline.render(document, target: target)
            let pictures = try PageFiles.bytes(rendition, as: Self.pictureType)
            renditions[key] = rendition
            return Made(pictures: pictures,
                        sizes: rendition.pages.map { [Int(($0.size.width / Length.pointsPerPixel).rounded()), Int(($0.size.height / Length.pointsPerPixel).rounded())] },
                        texts: rendition.pages.map(Self.text),
                        problems: warnings.map(Problem.init) + rendition.findings.map { Problem($0, article: article) },
                        inputs: workspace.inputs(article: article, document: document.document, style: key.style),
                        seconds: Date().timeIntervalSince(started))
        } catch {
            let document = try? workspace.loadArticle(article).0
            return Made(problems: Problem.failure(error, article: article),
                        inputs: workspace.inputs(article: article, document: document, style: key.style),
                        seconds: Date().timeIntervalSince(started))
        }
    }

    /// A page's lines of text, in the order they are drawn.
    static func text(_ page: Page) -> String {
        var lines: [String] = []
        page.frame.walk { _, placed in
            if case .text(let line) = placed.item { lines.append(line.text) }
        }
        return lines.joined(separator: "\n")
    }

    /// A problem as the page shows it: its file named from the project folder.
    private func shown(_ problem: Problem) -> Problem {
        var problem = problem
        if problem.place.hasPrefix(root.path + "/") { problem.place.removeFirst(root.path.count + 1) }
        return problem
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
