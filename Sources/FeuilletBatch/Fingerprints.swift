import Foundation
import FeuilletModel
import FeuilletPipeline

/// What each output was made from, so that an output whose inputs have not changed is
/// not made again, and what its job found, so that the report of an up-to-date batch
/// still says everything. Kept in `Output/.feuillet-state.json`:
///
/// - each input file's size, date and content hash: a file whose size and date have not
///   changed is not read again, so a batch with nothing to do reads no article, style,
///   font or dictionary, only their dates;
/// - each style's files (the sheet and what it extends), valid while they have not changed;
/// - each job's fingerprint (a hash of its inputs' hashes, its target, settings and the
///   engine), the files it read besides its article and style sheets (pictures, the logo,
///   the hyphenation dictionary of its language, the font files of its style's families),
///   so that a change to one of those redoes that job alone, and its last result, kept as
///   JSON text: an up-to-date batch reads the results only to report them, and not at all
///   when its report is the one it left last time (`Report`).
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
        /// What the job read besides its article, its style sheets and the fonts' list.
        var reads: [String]
        /// `BatchResult` as JSON.
        var result: String

        init(fingerprint: String, result: BatchResult, reads: [String]) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            (self.fingerprint, files, self.reads) = (fingerprint, result.files, reads)
            self.result = String(decoding: (try? encoder.encode(result)) ?? Data(), as: UTF8.self)
        }

        /// The result, nil when its text cannot be read (the job is made again).
        var decoded: BatchResult? { try? JSONDecoder().decode(BatchResult.self, from: Data(result.utf8)) }
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
        var reports: [String: Report] = [:]
    }

    /// A state of another layout is read as empty (everything is made again, once).
    static let version = 3

    let url: URL
    private var stored: Stored
    /// What this run changed, merged into the file as it is when saved.
    private var changedJobs: [String: Job?] = [:]
    private var changedInputs: [String: Input] = [:]
    private var changedStyles: [String: [String]] = [:]
    private var changedReports: [String: Report] = [:]
    /// The hashes of this run, by path: a file many jobs read is looked at once.
    private var seen: [String: String] = [:]

    init(output: URL) {
        url = output.appendingPathComponent(".feuillet-state.json")
        stored = Self.read(url)
    }

    /// A state larger than this is not read (everything is made again, and it is rewritten):
    /// 100,000 jobs with their findings take about 40 MB.
    static let maximumBytes = 256 << 20

    private static func read(_ url: URL) -> Stored {
        var info = stat()
        guard stat(url.path, &info) == 0, Int(info.st_size) <= maximumBytes, let data = FileManager.default.contents(atPath: url.path),
              let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.version == version else { return Stored() }
        return stored
    }

    func job(_ key: String) -> Job? { stored.jobs[key] }

    /// The job's result, with the fingerprint its inputs had. A failure that comes from
    /// the inputs is kept (the same inputs fail the same way); one that does not `lasting`
    /// (a worker that died, a full disk) is forgotten, so that the next batch tries again.
    mutating func record(_ result: BatchResult, fingerprint: String, reads: [String], lasting: Bool) {
        let job = result.status == .failed && !lasting ? nil : Job(fingerprint: fingerprint, result: result, reads: reads)
        stored.jobs[result.key] = job
        changedJobs[result.key] = .some(job)
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(current).write(to: url, options: .atomic)
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
