import Foundation
import FeuilletLayout
import FeuilletPipeline
import FeuilletRender

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
    /// What went wrong around the jobs (workers that could not start, a state file not
    /// saved): said in the summary and the report, never swallowed.
    private var notes: [String] = []
    /// Jobs that failed for a reason other than their inputs.
    private var transient: Set<String> = []
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

    /// What a run leaves: its summary (this run's jobs), how many failed, how many outputs of
    /// the report it kept from the previous one (`--only`), whether Ctrl-C cut it short; and
    /// the report written with this run's own jobs, read back from the state on demand when
    /// the report was left as it was.
    public struct Outcome: Sendable {
        public var summary: String
        public var failed: Int
        public var kept: Int
        public var interrupted: Bool
        let reports: @Sendable () -> (report: BatchReport, run: BatchReport)
        public var report: BatchReport { reports().report }
        public var run: BatchReport { reports().run }
    }

    /// Makes the stale outputs (all with `force`), takes the others' results from the
    /// state, writes the report to `reportFile` (over `previous`'s outputs when given: a
    /// `--only` run keeps the rest of the overview) and, when `contactSheet` is set and
    /// anything changed or the sheet is missing, makes the contact sheet. A batch with
    /// nothing to make starts no worker, lays nothing out and loads no font; when the report
    /// it would write is the one it left last time, it leaves it and reads no result but
    /// its summary. Throws when the report or the contact sheet cannot be written.
    public func run(quiet: Bool, reportFile: URL, previous: BatchReport? = nil, contactSheet: Bool = false) throws -> Outcome {
        let started = Date()
        var state = Fingerprints(output: plan.output)
        let bases = baseFingerprints(&state)
        // Paths as text: a thousand jobs' files are checked before anything is known.
        let folder = plan.output.path + "/"
        var stale = plan.jobs.filter { job in
            guard !force, let known = state.job(job.key), let reads = state.readsHash(of: known),
                  known.fingerprint == Self.fingerprint(bases[job.key]!, reads: reads) else { return true }
            return !known.files.allSatisfy { access(folder + $0, F_OK) == 0 }
        }
        let sheetMissing = access(folder + "contact-sheet.pdf", F_OK) != 0
        let signature = Fingerprints.fingerprint(plan.jobs.flatMap { [$0.key, state.job($0.key)?.fingerprint ?? ""] } + [contactSheet ? "sheet" : ""])
        if stale.isEmpty, previous == nil, !(contactSheet && sheetMissing), let known = state.report(reportFile.path), known.jobs == signature {
            let kept = state
            let summary = known.head + BatchReport.timing(Date().timeIntervalSince(started)) + known.details
            return Outcome(summary: summary, failed: known.failed, kept: 0, interrupted: false) {
                var state = kept
                let report = BatchReport(engine: EngineVersion.name, seconds: 0, outputs: self.plan.jobs.compactMap { state.result($0.key) }.map(Self.kept))
                return (report, report)
            }
        }
        var staleKeys = Set(stale.map(\.key))
        for job in plan.jobs where !staleKeys.contains(job.key) {
            // A result lost (the results file removed) is made again.
            guard let result = state.result(job.key) else {
                (stale, staleKeys) = (stale + [job], staleKeys.union([job.key]))
                continue
            }
            results.append(Self.kept(result))
        }
        if !stale.isEmpty || contactSheet && sheetMissing {
            // The fonts, now that something is to be made (a workspace may defer them).
            try workspace.loadFonts()
        }
        if !stale.isEmpty {
            let progress = Progress(total: stale.count, quiet: quiet)
            Interrupt.install()
            // Even one worker is a process of its own: a job past its time or memory limit is stopped.
            if let pool = startWorkers(count: min(workers, stale.count)) {
                defer { pool.close() }
                runInWorkers(pool, jobs: stale, progress: progress)
            } else {
                let runner = JobRunner(workspace: workspace, output: plan.output, options: options)
                for job in stale where !stopping { record(runner.perform(job), progress: progress) }
            }
            for result in results where staleKeys.contains(result.key) {
                let reads = result.reads.sorted()
                state.record(result, fingerprint: Self.fingerprint(bases[result.key] ?? "", reads: state.readsHash(reads)), reads: reads,
                             lasting: !result.stopsBatch && !transient.contains(result.key))
            }
        }
        let stopped = stopReason ?? (Interrupt.requested ? "interrupted (Ctrl-C or SIGTERM): the jobs in hand were finished, no other was started" : nil)
        let made = BatchReport(engine: EngineVersion.name, seconds: 0, outputs: results, notes: notes,
                               notMade: plan.jobs.count - results.count, stopped: stopped)
        var report = previous.map { BatchReport.merged([$0.asKept, made]) } ?? made
        report.seconds = Date().timeIntervalSince(started)
        try AtomicFile.write(Array(try report.json()), to: reportFile)
        if contactSheet, stopped == nil, !stale.isEmpty || sheetMissing, !report.outputs.isEmpty {
            try makeContactSheet(workers: stale.isEmpty ? 1 : min(workers, ContactSheet.types.count))
            report.seconds = Date().timeIntervalSince(started)
            try AtomicFile.write(Array(try report.json()), to: reportFile)
        }
        // A report of nothing made: the next batch that would write it again leaves it.
        if stale.isEmpty, previous == nil, report.notes.isEmpty, stopped == nil, report.notMade == 0 {
            state.recordReport(reportFile.path, jobs: signature, head: report.heading, details: report.details, failed: report.failed.count + report.failedRows)
        }
        if state.changed {
            do {
                try state.save()
            } catch {
                // Written into the report again, and so said in the summary.
                report.notes.append("the record of what is up to date (\(state.url.path)) could not be saved, so the next batch redoes every output: \(error)")
                try AtomicFile.write(Array(try report.json()), to: reportFile)
            }
        }
        var run = previous == nil ? report : made
        run.seconds = report.seconds
        if previous != nil { run.notes = report.notes }
        let (whole, own) = (report, run)
        return Outcome(summary: run.summary, failed: run.failed.count + run.failedRows, kept: report.outputs.count - run.outputs.count,
                       interrupted: Interrupt.requested) { (whole, own) }
    }

    /// An up-to-date job's last result, as this run reports it: a failure of the same
    /// inputs is not tried again (it would fail the same way), and took no time.
    static func kept(_ result: BatchResult) -> BatchResult {
        var result = result
        (result.status, result.milliseconds) = ([.skipped, .failed].contains(result.status) ? result.status : .upToDate, 0)
        return result
    }

    /// A job's fingerprint: its base and the hash of the other files it read (`Fingerprints.readsHash`).
    static func fingerprint(_ base: String, reads: String) -> String {
        reads.isEmpty ? base : Fingerprints.fingerprint([base, reads])
    }

    /// Each job's fingerprint before what it read besides: the hashes of its article (or its
    /// data file, with the columns its fields come from), its style and what that extends
    /// (each file hashed once, and only when its size or date changed), the font folders,
    /// the target, its settings and the engine.
    private func baseFingerprints(_ state: inout Fingerprints) -> [String: String] {
        // What every job shares: the font folders, strictness, engine.
        let shared = Fingerprints.fingerprint([Fingerprints.fontSignature(workspace.fontFolders), options.strict ? "strict" : "", Fingerprints.engine])
        let loader = workspace.styleFiles
        var styles: [String: String] = [:], articles: [String: String] = [:]
        var result: [String: String] = [:]
        for job in plan.jobs {
            if styles[job.style] == nil {
                let files = state.styleFiles(job.style) { ((try? loader.sourceFiles(job.style)) ?? []).map(\.path) }
                styles[job.style] = Fingerprints.fingerprint(files.isEmpty ? ["missing \(job.style)"] : files.flatMap { [$0, state.hash($0)] })
            }
            if articles[job.article] == nil { articles[job.article] = state.hash(job.article) }
            result[job.key] = Fingerprints.fingerprint([shared, job.article, articles[job.article]!, styles[job.style]!, job.target.name, job.settings.signature, job.mappingSignature])
        }
        return result
    }

    private func record(_ result: BatchResult, progress: Progress) {
        lock.withLock {
            results.append(result)
            if result.stopsBatch, stopReason == nil { stopReason = result.error }
        }
        progress.finished(result)
    }

    // MARK: worker processes

    /// This program, when it is `feuillet` itself (not a test runner): what workers run.
    static var executable: URL? {
        let url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return url.lastPathComponent == "feuillet" ? url : nil
    }

    /// The worker processes, or nil to make the jobs in this process: when this program
    /// cannot be started again (a test runner), or when starting it failed (said in a note).
    private func startWorkers(count: Int) -> WorkerPool? {
        guard let executable = Self.executable else { return nil }
        let own = workspace.root.appendingPathComponent("Fonts").path + "/"
        let arguments = ["batch-worker", "--root", workspace.root.path, "--output", plan.output.path, "--memory-limit", "\(limits.memoryMB)"]
            + workspace.fontFolders.filter { !$0.hasPrefix(own) }.flatMap { ["--font-dir", $0] } + (options.strict ? ["--strict"] : [])
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
    private func runInWorkers(_ pool: WorkerPool, jobs: [BatchJob], progress: Progress) {
        let jobs = jobs.enumerated().sorted { ($1.element.target.cost, $0.offset) < ($0.element.target.cost, $1.offset) }.map(\.element)
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
            try! encoder.encode(WorkerRequest(job: .init(article: job.article, style: job.style, target: job.target.name, settings: job.settings, mapping: job.mapping)))
        }
        pool.run(requests, preferred: jobs.map { worker[$0.style]! }, stop: { [self] in stopping }) { [self] index, answer in
            let job = jobs[index]
            switch answer {
            case .success(let line):
                guard let answer = try? JSONDecoder().decode(WorkerAnswer.self, from: line), var result = answer.result else {
                    record(failed(job, because: "its worker gave an answer that cannot be read"), progress: progress)
                    return
                }
                result.reads = answer.reads ?? []
                record(result, progress: progress)
            case .failure(let died):
                // A job stopped by Ctrl-C is not made, not failed.
                if !Interrupt.requested || died.description.contains("time limit") { record(failed(job, because: "\(died)"), progress: progress) }
            }
        }
    }

    /// A failure of the worker rather than of the job's inputs (it died, ran out of time):
    /// the next batch tries the job again.
    private func failed(_ job: BatchJob, because reason: String) -> BatchResult {
        lock.withLock { _ = transient.insert(job.key) }
        return BatchResult(key: job.key, article: job.articleName, style: job.styleName, target: job.target.name, status: .failed, error: reason)
    }

    /// The contact sheet's PDF and PNG of the report just written, made side by side by two
    /// workers when there are (started for it: the jobs' workers are gone by now).
    private func makeContactSheet(workers: Int) throws {
        guard workers > 1, let pool = startWorkers(count: workers) else {
            let engine = TextEngine(fonts: workspace.fonts)
            for type in ContactSheet.types { try ContactSheet.write(type, report: plan.output, engine: engine) }
            return
        }
        defer { pool.close() }
        let requests = try ContactSheet.types.map {
            try JSONEncoder().encode(WorkerRequest(sheet: .init(type: $0.rawValue, output: plan.output.path)))
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
