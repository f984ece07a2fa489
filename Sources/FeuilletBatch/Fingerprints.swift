import Foundation
import FeuilletModel
import FeuilletPipeline

/// What each output was made from, so that an output whose inputs have not changed is
/// not made again, and what its job found, so that the report of an up-to-date batch
/// still says everything. Kept in `Output/.feuillet-state.json`, and the results in
/// `Output/.feuillet-results.json`:
///
/// - each input file's size, date and content hash: a file whose size and date have not
///   changed is not read again, so a batch with nothing to do reads no article, style,
///   font or dictionary, only their dates;
/// - each style's files (the sheet and what it extends), valid while they have not changed;
/// - each job's fingerprint (a hash of its inputs' hashes, its target, settings and the
///   engine), the files it read besides its article and style sheets (pictures, the logo,
///   the hyphenation dictionary of its language, the font files of its style's families),
///   so that a change to one of those redoes that job alone (one list for the many jobs
///   that read the same), and its last result, in a file of their own: an up-to-date batch
///   reads the results only to report them, and not at all when its report is the one it
///   left last time (`Report`).
///
/// Shards of one batch on one machine save it side by side: each merges its own changes
/// into the file under a lock.
struct Fingerprints: Sendable {
    struct Input: Codable, Equatable, Sendable {
        var size: Int, date: Double, hash: String
    }

    struct Job: Codable, Sendable {
        var fingerprint: String
        /// The files the job made, relative to the output folder (all must still be there).
        var files: [String]
        /// What the job read besides its article, its style sheets and the fonts' list:
        /// the name of a list in `Stored.reads`.
        var reads: String
    }

    /// The report an up-to-date batch last wrote, by its file's size and date and a hash of
    /// the jobs it reports on: a batch that would write it again leaves it as it is and
    /// says its summary.
    struct Report: Codable, Equatable, Sendable {
        var file: String, size: Int, date: Double, jobs: String
        /// Its summary: the counts, then (after the time of the run) the findings.
        var head: String, details: String
        var failed: Int
    }

    struct Stored: Codable, Sendable {
        var version = Fingerprints.version
        var inputs: [String: Input] = [:]
        var styles: [String: [String]] = [:]
        var jobs: [String: Job] = [:]
        /// The lists of files jobs read, by a hash of the list.
        var reads: [String: [String]] = [:]
        var reports: [String: Report] = [:]
    }

    /// A state of another layout is read as empty (everything is made again, once).
    static let version = 4

    let results: URL
    /// The jobs' results, read on first use.
    private var known: [String: BatchResult]?
    private var changedResults: [String: BatchResult?] = [:]
    private var changedReads: [String: [String]] = [:]

    let url: URL
    private var stored: Stored
    /// What this run changed, merged into the file as it is when saved.
    private var changedJobs: [String: Job?] = [:]
    private var changedInputs: [String: Input] = [:]
    private var changedStyles: [String: [String]] = [:]
    private var changedReports: [String: Report] = [:]
    /// The hashes of this run, by path: a file many jobs read is looked at once.
    private var seen: [String: String] = [:]
    private var seenLists: [String: String] = [:]

    init(output: URL) {
        url = output.appendingPathComponent(".feuillet-state.json")
        results = output.appendingPathComponent(".feuillet-results.json")
        stored = Self.read(url)
    }

    /// A state larger than this is not read (everything is made again, and it is rewritten):
    /// 100,000 jobs with their findings take about 40 MB.
    static let maximumBytes = 256 << 20

    private static func read(_ url: URL) -> Stored {
        guard let stored = decode(Stored.self, url), stored.version == version else { return Stored() }
        return stored
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ url: URL) -> T? {
        var info = stat()
        guard stat(url.path, &info) == 0, Int(info.st_size) <= maximumBytes, let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }

    func job(_ key: String) -> Job? { stored.jobs[key] }

    /// A hash of what the files a job read besides its article and style hold now, each
    /// list once a run (nil: the list is lost; the job is made again).
    mutating func readsHash(of job: Job) -> String? {
        if let known = seenLists[job.reads] { return known }
        guard let reads = stored.reads[job.reads] else { return nil }
        let hash = readsHash(reads)
        seenLists[job.reads] = hash
        return hash
    }

    /// A hash of what `reads` hold now, "" for none.
    mutating func readsHash(_ reads: [String]) -> String {
        reads.isEmpty ? "" : Self.fingerprint(reads.flatMap { [$0, hash($0)] })
    }

    /// The job's last result (the results file is read the first time one is asked for).
    mutating func result(_ key: String) -> BatchResult? {
        if known == nil { known = Self.decode([String: BatchResult].self, results) ?? [:] }
        return known![key]
    }

    /// The job's result, with the fingerprint its inputs had. A failure that comes from
    /// the inputs is kept (the same inputs fail the same way); one that does not `lasting`
    /// (a worker that died, a full disk) is forgotten, so that the next batch tries again.
    mutating func record(_ result: BatchResult, fingerprint: String, reads: [String], lasting: Bool) {
        let forget = result.status == .failed && !lasting
        let list = Self.fingerprint(reads)
        let job = forget ? nil : Job(fingerprint: fingerprint, files: result.files, reads: list)
        stored.jobs[result.key] = job
        changedJobs[result.key] = .some(job)
        changedResults[result.key] = .some(forget ? nil : result)
        if !forget { (stored.reads[list], changedReads[list]) = (reads, reads) }
    }

    /// The content hash of `path`, read only when its size or date changed since it was
    /// last hashed (or it is new); "" for a file that cannot be read.
    mutating func hash(_ path: String) -> String {
        if let known = seen[path] { return known }
        let hash = hashFile(path)
        seen[path] = hash
        return hash
    }

    private mutating func hashFile(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "" }
        let size = Int(info.st_size), date = Self.date(info)
        if let known = stored.inputs[path], known.size == size, known.date == date { return known.hash }
        let hash = String(FNV1a.hash(FileManager.default.contents(atPath: path) ?? Data()), radix: 16)
        let input = Input(size: size, date: date, hash: hash)
        stored.inputs[path] = input
        changedInputs[path] = input
        return hash
    }

    /// The files of a style (its sheet and what it extends), resolved again only when one
    /// of them changed since they were listed.
    mutating func styleFiles(_ style: String, resolve: () -> [String]) -> [String] {
        if let known = stored.styles[style], !known.isEmpty, known.allSatisfy({ path in
            let input = stored.inputs[path]
            return input != nil && input!.hash == hash(path)
        }) {
            return known
        }
        let files = resolve()
        for file in files { _ = hash(file) }
        stored.styles[style] = files
        changedStyles[style] = files
        return files
    }

    /// The report last written to `file` by an up-to-date batch, if it is still there as it was.
    func report(_ file: String) -> Report? {
        guard let known = stored.reports[file] else { return nil }
        var info = stat()
        guard stat(file, &info) == 0, Int(info.st_size) == known.size, Self.date(info) == known.date else { return nil }
        return known
    }

    /// Remembers the report just written to `file`, which a later batch may leave as it is.
    mutating func recordReport(_ file: String, jobs: String, head: String, details: String, failed: Int) {
        var info = stat()
        guard stat(file, &info) == 0 else { return }
        let report = Report(file: file, size: Int(info.st_size), date: Self.date(info), jobs: jobs, head: head, details: details, failed: failed)
        stored.reports[file] = report
        changedReports[file] = report
    }

    private static func date(_ info: stat) -> Double { Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9 }

    /// Whether this run changed anything to save.
    var changed: Bool { !changedJobs.isEmpty || !changedInputs.isEmpty || !changedStyles.isEmpty || !changedReports.isEmpty }

    /// Writes one file of the state, sorted keys, `/` as itself.
    private static func write<T: Encodable>(_ value: T, to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(value).write(to: url, options: .atomic)
    }

    /// Writes this run's changes into the file as it is now (another shard may have saved
    /// since this one read it), under a lock.
    func save() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let lock = open(url.path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path + ".lock"]) }
        defer { close(lock) }
        flock(lock, LOCK_EX)
        defer { flock(lock, LOCK_UN) }
        var current = Self.read(url)
        for (key, job) in changedJobs { current.jobs[key] = job }
        current.inputs.merge(changedInputs) { $1 }
        // Files gone (an article deleted) are forgotten, so the state does not grow forever.
        current.inputs = current.inputs.filter { access($0.key, F_OK) == 0 }
        current.styles.merge(changedStyles) { $1 }
        current.reports.merge(changedReports) { $1 }
        current.reads.merge(changedReads) { $1 }
        // Lists no job reads any more are forgotten.
        let used = Set(current.jobs.values.map(\.reads))
        current.reads = current.reads.filter { used.contains($0.key) }
        if !changedResults.isEmpty {
            // The results of the other shards' jobs, as they are now, with this run's.
            var saved = Self.decode([String: BatchResult].self, results) ?? [:]
            for (key, result) in changedResults { saved[key] = result }
            try Self.write(saved.filter { current.jobs[$0.key] != nil }, to: results)
        }
        try Self.write(current, to: url)
    }

    /// FNV-1a over strings (the inputs' hashes, the target…): not cryptographic, only a
    /// change detector.
    static func fingerprint(_ parts: [String]) -> String {
        String(parts.reduce(FNV1a.offset) { FNV1a.hash($1.utf8, from: $0) }, radix: 16)
    }

    /// The engine: its version, and the size and date of the program itself, so that a
    /// rebuilt engine redoes what it makes even before its version number changes.
    static let engine: String = {
        var info = stat()
        _ = stat(URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path, &info)
        return "\(EngineVersion.number) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()

    /// The font folders' names: a family added or removed may change what any style
    /// finds (the files of the families a job uses are among its `reads`).
    static func fontSignature(_ folders: [String]) -> String { folders.sorted().joined(separator: "\n") }
}
