import Foundation
import FeuilletPipeline

/// The jobs of a batch, in a stable order: articles × styles × targets, after `--only`
/// and `--shard`. Planning reads no article and lays out nothing.
public struct BatchPlan: Sendable {
    public var jobs: [BatchJob]
    public var output: URL

    init(jobs: [BatchJob], output: URL) {
        self.jobs = jobs
        self.output = output
    }

    /// Why a manifest cannot be planned: one line a person can act on.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Throws when an article pattern matches no file, an article is outside the folders
    /// articles may come from, or two inputs would write to the same folder.
    public init(manifest: BatchManifest, styles available: [String], only: [String] = [], shard: (index: Int, count: Int)? = nil) throws {
        var found: Set<String> = []
        for pattern in manifest.articles {
            let files = Self.expand(pattern)
            guard !files.isEmpty else { throw Problem(description: "articles: \"\(pattern)\" matches no file") }
            for file in files {
                guard Self.inside(file, manifest.articleFolders) else {
                    let folders = manifest.articleFolders.map(\.path).joined(separator: ", ")
                    throw Problem(description: "articles: \(file) is outside \(folders), the folders articles are read from (--articles-from FOLDER allows another)")
                }
                found.insert(file)
            }
        }
        let articles = found.sorted()
        var data: [(file: String, source: BatchManifest.DataSource)] = []
        for source in manifest.data {
            guard FileManager.default.fileExists(atPath: source.file) else { throw Problem(description: "data: \(source.file): no such file") }
            guard Self.inside(source.file, manifest.articleFolders) else {
                let folders = manifest.articleFolders.map(\.path).joined(separator: ", ")
                throw Problem(description: "data: \(source.file) is outside \(folders), the folders data is read from (--articles-from FOLDER allows another)")
            }
            data.append((source.file, source))
        }
        let styles = manifest.styles.flatMap { pattern -> [String] in
            if pattern == "all" { return available }
            if pattern.contains("*") || pattern.contains("?") { return available.filter { fnmatch(pattern, $0, 0) == 0 } }
            return [pattern]
        }
        var jobs: [BatchJob] = []
        for article in articles {
            for style in Self.unique(styles) {
                for target in Self.unique(manifest.targets) {
                    jobs.append(BatchJob(article: article, style: style, target: target, settings: manifest.settings(for: target)))
                }
            }
        }
        // A data file's cards: in every style, one job per preset (its rows are written together).
        for (file, source) in data {
            for style in Self.unique(styles) {
                for preset in Self.unique(source.presets) {
                    jobs.append(BatchJob(article: file, style: style, target: .card(preset), settings: manifest.settings(for: .card(preset)), mapping: source.mapping))
                }
            }
        }
        try Self.checkCollisions(articles + data.map(\.file), what: "articles and data files", output: manifest.output)
        try Self.checkCollisions(Self.unique(styles), what: "styles", output: manifest.output)
        if !only.isEmpty {
            jobs = jobs.filter { job in only.contains { Self.matches(job.key, $0) } }
        }
        if let shard {
            jobs = jobs.filter { $0.shard(of: shard.count) == shard.index }
        }
        self.jobs = jobs
        output = manifest.output
    }

    /// Two inputs whose outputs would go to one folder (`a/x.md` and `b/x.md` both to `x/`).
    private static func checkCollisions(_ inputs: [String], what: String, output: URL) throws {
        var byName: [String: String] = [:]
        for input in inputs {
            let name = OutputLocation.safeName(input)
            if let other = byName[name], other != input {
                throw Problem(description: "\(what): \(other) and \(input) would both write to \(output.appendingPathComponent(name).path)/: rename one")
            }
            byName[name] = input
        }
    }

    /// Whether `path`, links followed, is inside one of `folders`.
    private static func inside(_ path: String, _ folders: [URL]) -> Bool {
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        return folders.contains { folder in
            let base = folder.resolvingSymlinksInPath().standardizedFileURL.path
            return real.hasPrefix(base.hasSuffix("/") ? base : base + "/")
        }
    }

    /// `*` and `?` match like a shell; a pattern without them matches any part of the key.
    static func matches(_ key: String, _ pattern: String) -> Bool {
        pattern.contains("*") || pattern.contains("?") ? fnmatch(pattern, key, 0) == 0 : key.contains(pattern)
    }

    /// The files a path or a glob names.
    static func expand(_ pattern: String) -> [String] {
        guard pattern.contains("*") || pattern.contains("?") || pattern.contains("[") else { return [pattern] }
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }
    }

    private static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }

    /// One line per job, for `--dry-run`.
    public var description: String {
        jobs.map { "\($0.key)\t→ \($0.location(in: output).folder.path)/" }.joined(separator: "\n")
    }
}
