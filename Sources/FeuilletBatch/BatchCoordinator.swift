import Foundation
import FeuilletLayout
import FeuilletPipeline

/// Runs a plan: decides which outputs are stale (fingerprints), has them made by a
/// `JobRunner` in this process (one worker) or by worker processes fed one job at a time,
/// gathers the results into the report, and makes the contact sheet.
public final class BatchCoordinator: @unchecked Sendable {
    let workspace: Workspace
    let plan: BatchPlan
    let workers: Int
    let force: Bool
    let options: RenderOptions
    let limits: JobLimits

    private let lock = NSLock()
    private var results: [BatchResult] = []
    /// Thumbnails the worker processes left in files, by job key.
    private var thumbnailFiles: [String: Thumbnail] = [:]
    /// What went wrong around the jobs (workers that could not start, a state file not
    /// saved): said in the summary and the report, never swallowed.
    private var notes: [String] = []
    /// Why the batch stops before its end: a failure every job would share.
    private var stopReason: String?

    public init(workspace: Workspace, plan: BatchPlan, workers: Int, force: Bool, options: RenderOptions = RenderOptions(),
                limits: JobLimits = JobLimits()) {
        self.workspace = workspace
        self.plan = plan
        self.workers = max(1, workers)
        self.force = force
        self.options = options
        self.limits = limits
    }

    private var stopping: Bool { Interrupt.requested || lock.withLock { stopReason != nil } }

    /// Makes the stale outputs (all with `force`), then, when anything was written and
    /// `contactSheet` is set, the contact sheet. Throws only when the contact sheet fails.
    public func run(quiet: Bool, contactSheet: Bool = false) throws -> (report: BatchReport, interrupted: Bool) {
        let started = Date()
        let scratch = Self.scratchFolder.appendingPathComponent("feuillet-batch-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Workers start first: their start-up overlaps the reading of the inputs. Even one
        // worker is a process of its own: a job past its time or memory limit is stopped.
        let pool = plan.jobs.isEmpty ? nil : startWorkers(count: min(workers, plan.jobs.count), scratch: scratch)
        defer { pool?.close() }
        let fingerprints = fingerprints()
        var state = Fingerprints(output: plan.output)
        let stale = Set(plan.jobs.filter { force || state.byKey[$0.key] != fingerprints[$0.key] || !outputsExist($0) }.map(\.key))
        // Thumbnails are only needed when the contact sheet is made again.
        let thumbnails = contactSheet && !stale.isEmpty
        let progress = Progress(total: plan.jobs.count, quiet: quiet)
        Interrupt.install()
        if let pool {
            runInWorkers(pool, stale: stale, thumbnails: thumbnails, progress: progress)
        } else {
            let runner = JobRunner(workspace: workspace, output: plan.output, options: options)
            for job in plan.jobs where !stopping {
                record(runner.perform(job, write: stale.contains(job.key), thumbnail: thumbnails), progress: progress)
            }
        }
        for result in results where [.written, .skipped].contains(result.status) { state.record(result.key, fingerprints[result.key] ?? "") }
        do {
            try state.save()
        } catch {
            notes.append("the record of what is up to date (\(state.url.path)) could not be saved, so the next batch redoes every output: \(error)")
        }
        let stopped = stopReason ?? (Interrupt.requested ? "interrupted (Ctrl-C or SIGTERM): the jobs in hand were finished, no other was started" : nil)
        var report = BatchReport(engine: EngineVersion.name, seconds: 0, outputs: results, notes: notes,
                                 notMade: plan.jobs.count - results.count, stopped: stopped)
        if thumbnails && report.written > 0 && stopped == nil {
            try makeContactSheet(report, pool: pool)
        }
        report.seconds = Date().timeIntervalSince(started)
        return (report, Interrupt.requested)
    }

    /// Each job's fingerprint: its article, its style and what that extends, the fonts,
    /// the hyphenation dictionary, the target and the engine.
    private func fingerprints() -> [String: String] {
        let fonts = Fingerprints.fontSignature(workspace.fonts.folders)
        let dictionary = URL(fileURLWithPath: workspace.hyphenationDictionary)
        var styleFiles = Memo<[URL]>()
        var result: [String: String] = [:]
        for job in plan.jobs {
            let files = styleFiles.value(job.style) { (try? workspace.styles.sourceFiles(job.style)) ?? [] }
            result[job.key] = Fingerprints.fingerprint(files: [URL(fileURLWithPath: job.article), dictionary] + files,
                                                       extra: [fonts, job.target.name, Fingerprints.engine])
        }
        return result
    }

    private func outputsExist(_ job: BatchJob) -> Bool {
        let first = job.location(in: plan.output).folder.appendingPathComponent(job.target.firstFile(type: job.target.defaultType))
        return FileManager.default.fileExists(atPath: first.path)
    }

    private func record(_ result: BatchResult, progress: Progress) {
        lock.withLock {
            results.append(result)
            if result.stopsBatch, stopReason == nil { stopReason = result.error }
        }
        progress.finished(result)
    }

    // MARK: worker processes

    /// Where workers leave thumbnails for the contact sheet (14 MB for the default batch):
    /// shared memory when the system has it, which spares the disk; else the temporary folder.
    static var scratchFolder: URL {
        var isFolder: ObjCBool = false
        let shm = "/dev/shm"
        return FileManager.default.fileExists(atPath: shm, isDirectory: &isFolder) && isFolder.boolValue && access(shm, W_OK) == 0
            ? URL(fileURLWithPath: shm) : FileManager.default.temporaryDirectory
    }

    /// This program, when it is `feuillet` itself (not a test runner): what workers run.
    static var executable: URL? {
        let url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return url.lastPathComponent == "feuillet" ? url : nil
    }

    /// The worker processes, or nil to make the jobs in this process: when this program
    /// cannot be started again (a test runner), or when starting it failed (said in a note).
    private func startWorkers(count: Int, scratch: URL) -> WorkerPool? {
        guard let executable = Self.executable else { return nil }
        let own = workspace.root.appendingPathComponent("Fonts").path + "/"
        let arguments = ["batch-worker", "--root", workspace.root.path, "--output", plan.output.path, "--scratch", scratch.path,
                         "--memory-limit", "\(limits.memoryMB)"]
            + workspace.fonts.folders.filter { !$0.hasPrefix(own) }.flatMap { ["--font-dir", $0] } + (options.strict ? ["--strict"] : [])
        do {
            return try WorkerPool(executable: executable, arguments: arguments, count: count, timeLimit: limits.seconds)
        } catch {
            lock.withLock { notes.append("no worker process could be started (\(error)): the jobs were made one at a time in this process") }
            return nil
        }
    }

    /// Each worker is given the jobs of some of the styles (a style's fonts are then loaded
    /// and its text set by one worker only), longest first, so that the last ones to finish
    /// are short; a worker with nothing left takes over another's shortest jobs.
    private func runInWorkers(_ pool: WorkerPool, stale: Set<String>, thumbnails: Bool, progress: Progress) {
        let jobs = plan.jobs.enumerated().sorted { ($1.element.target.cost, $0.offset) < ($0.element.target.cost, $1.offset) }.map(\.element)
        var costs: [String: Double] = [:]
        for job in jobs { costs[job.style, default: 0] += job.target.cost }
        var loads = Array(repeating: 0.0, count: workers), worker: [String: Int] = [:]
        for (style, cost) in costs.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            let n = loads.indices.min { loads[$0] < loads[$1] }!
            worker[style] = n
            loads[n] += cost
        }
        let encoder = JSONEncoder()
        let requests = jobs.map { job in
            try! encoder.encode(WorkerRequest(job: .init(article: job.article, style: job.style, target: job.target.name, settings: job.settings,
                                                         write: stale.contains(job.key), thumbnail: thumbnails)))
        }
        pool.run(requests, preferred: jobs.map { worker[$0.style]! }, stop: { [self] in stopping }) { [self] index, answer in
            let job = jobs[index]
            switch answer {
            case .success(let line):
                guard let answer = try? JSONDecoder().decode(WorkerAnswer.self, from: line), let result = answer.result else {
                    record(failed(job, because: "its worker gave an answer that cannot be read"), progress: progress)
                    return
                }
                if let thumbnail = answer.thumbnail { lock.withLock { thumbnailFiles[job.key] = thumbnail } }
                record(result, progress: progress)
            case .failure(let died):
                // A job stopped by Ctrl-C is not made, not failed.
                if !Interrupt.requested || died.description.contains("time limit") { record(failed(job, because: "\(died)"), progress: progress) }
            }
        }
    }

    private func failed(_ job: BatchJob, because reason: String) -> BatchResult {
        BatchResult(key: job.key, article: job.articleName, style: job.styleName, target: job.target.name, status: .failed, error: reason)
    }

    /// The contact sheet's PDF and PNG, made side by side by two workers when there are.
    private func makeContactSheet(_ report: BatchReport, pool: WorkerPool?) throws {
        guard let pool else {
            let entries = report.outputs.compactMap { r in r.thumbnails.first.map { ContactSheetLayout.Entry(image: $0, label: ContactSheet.label(r)) } }
            let engine = TextEngine(fonts: workspace.fonts)
            for type in ContactSheet.types { try ContactSheet.write(type, entries: entries, engine: engine, to: plan.output) }
            return
        }
        let entries = report.outputs.compactMap { r in thumbnailFiles[r.key].map { WorkerRequest.SheetEntry(thumbnail: $0, label: ContactSheet.label(r)) } }
        let requests = try ContactSheet.types.map {
            try JSONEncoder().encode(WorkerRequest(sheet: .init(type: $0.rawValue, folder: plan.output.path, entries: entries)))
        }
        let errors = Errors()
        pool.run(requests, preferred: Array(requests.indices), stop: { false }) { _, answer in
            switch answer {
            case .success(let line): if let error = (try? JSONDecoder().decode(WorkerAnswer.self, from: line))?.error { errors.add(error) }
            case .failure(let died): errors.add("contact sheet: \(died)")
            }
        }
        if let first = errors.first { throw ContactSheet.Failure(message: first) }
    }
}

/// Messages gathered from several threads.
private final class Errors: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var first: String? { lock.withLock { messages.first } }
}
