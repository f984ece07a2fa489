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
///   engine) and its last result.
///
/// Shards of one batch on one machine save it side by side: each merges its own changes
/// into the file under a lock.
struct Fingerprints {
    struct Input: Codable, Equatable {
        var size: Int, date: Double, hash: String
    }

    struct Job: Codable {
        var fingerprint: String
        var result: BatchResult
    }

    struct Stored: Codable {
        var version = Fingerprints.version
        var inputs: [String: Input] = [:]
        var styles: [String: [String]] = [:]
        var jobs: [String: Job] = [:]
    }

    /// A state of another layout is read as empty (everything is made again, once).
    static let version = 2

    let url: URL
    private var stored: Stored
    /// What this run changed, merged into the file as it is when saved.
    private var changedJobs: [String: Job?] = [:]
    private var changedInputs: [String: Input] = [:]
    private var changedStyles: [String: [String]] = [:]

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
    mutating func record(_ result: BatchResult, fingerprint: String, lasting: Bool) {
        let job = result.status == .failed && !lasting ? nil : Job(fingerprint: fingerprint, result: result)
        stored.jobs[result.key] = job
        changedJobs[result.key] = .some(job)
    }

    /// The content hash of `path`, read only when its size or date changed since it was
    /// last hashed (or it is new); "" for a file that cannot be read.
    mutating func hash(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "" }
        let size = Int(info.st_size), date = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
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

    /// The font files, by path, size and date (hashing their bytes every run would cost
    /// more than the check saves).
    static func fontSignature(_ folders: [String]) -> String {
        folders.sorted().flatMap { folder -> [String] in
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            return files.map { file in
                var info = stat()
                _ = stat(folder + "/" + file, &info)
                return "\(folder)/\(file):\(info.st_size):\(info.st_mtim.tv_sec)"
            }
        }.joined(separator: "\n")
    }
}
