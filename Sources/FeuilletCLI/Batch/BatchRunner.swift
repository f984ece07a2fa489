import Foundation
import FeuilletLayout
import FeuilletModel
import FeuilletRender
import FeuilletStyle
import FeuilletTypesetting

/// Runs a plan: in this process with one worker, else on worker processes fed one job at
/// a time. Each process reads an article or a style once, on first use, and sets an
/// article's text in a style once; each job lays out once and writes its files.
public final class BatchRunner: @unchecked Sendable {
    let workspace: Workspace
    let plan: BatchPlan
    let workers: Int
    let force: Bool
    /// A font fallback or a missing glyph fails the job instead of being a warning.
    let strict: Bool
    /// Width in pixels of the contact sheet's thumbnails.
    static let thumbnailWidth = 150.0

    private let lock = NSLock()
    private var results: [BatchResult] = []
    /// Thumbnails the worker processes left in files, by job key.
    private var thumbnailFiles: [String: Thumbnail] = [:]
    private var documents = Memo<Result<Document, Error>>()
    private var styles = Memo<Result<StyleSheet, Error>>()
    private var typeset = Memo<TypesetDocument>()

    public init(workspace: Workspace, plan: BatchPlan, workers: Int, force: Bool, strict: Bool = false) {
        self.workspace = workspace
        self.plan = plan
        self.workers = max(1, workers)
        self.force = force
        self.strict = strict
    }

    /// Makes the stale outputs (all with `force`), then, when anything was written and
    /// `contactSheet` is set, the contact sheet. Throws only when the contact sheet fails.
    public func run(quiet: Bool, contactSheet: Bool = false) throws -> (report: BatchReport, interrupted: Bool) {
        let started = Date()
        let scratch = Self.scratchFolder.appendingPathComponent("feuillet-batch-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Workers start first: their start-up overlaps the reading of the inputs.
        let pool = workers > 1 && plan.jobs.count > 1 ? startWorkers(count: min(workers, plan.jobs.count), scratch: scratch) : nil
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
            let renderer = Renderer(workspace: workspace)
            for job in plan.jobs where !Interrupt.requested {
                record(perform(job, renderer: renderer, write: stale.contains(job.key), thumbnail: thumbnails), progress: progress)
            }
        }
        for result in results where result.status == .written { state.record(result.key, fingerprints[result.key] ?? "") }
        try? state.save()
        var report = BatchReport(engine: "feuillet \(Feuillet.version)", seconds: 0, outputs: results)
        if thumbnails && report.written > 0 && !Interrupt.requested {
            try makeContactSheet(report, pool: pool)
        }
        report.seconds = Date().timeIntervalSince(started)
        return (report, Interrupt.requested)
    }

    /// Each job's fingerprint: its article, its style and what that extends, the fonts,
    /// the target and the engine version.
    private func fingerprints() -> [String: String] {
        let fonts = Fingerprints.fontSignature(workspace.fonts.folders)
        var styleFiles = Memo<[URL]>()
        var result: [String: String] = [:]
        for job in plan.jobs {
            let files = styleFiles.value(job.style) { (try? workspace.styles.sourceFiles(job.style)) ?? [] }
            result[job.key] = Fingerprints.fingerprint(files: [URL(fileURLWithPath: job.article)] + files,
                                                       extra: [fonts, job.target.name, Fingerprints.engine])
        }
        return result
    }

    private func outputsExist(_ job: BatchJob) -> Bool {
        // A carousel's slide count is only known after layout: its first file stands for all.
        let first = job.target.files(pages: 1)[0].replacingOccurrences(of: ".png", with: job.target.isCarousel ? "-01.png" : ".png")
        return FileManager.default.fileExists(atPath: folder(job).appendingPathComponent(first).path)
    }

    private func folder(_ job: BatchJob) -> URL { plan.output.appendingPathComponent("\(job.articleName)/\(job.styleName)") }

    private func record(_ result: BatchResult, progress: Progress) {
        lock.withLock { results.append(result) }
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

    private func startWorkers(count: Int, scratch: URL) -> WorkerPool? {
        guard let executable = Self.executable else { return nil }
        let own = workspace.root.appendingPathComponent("Fonts").path + "/"
        let arguments = ["batch-worker", "--root", workspace.root.path, "--output", plan.output.path, "--scratch", scratch.path]
            + workspace.fonts.folders.filter { !$0.hasPrefix(own) }.flatMap { ["--font-dir", $0] } + (strict ? ["--strict"] : [])
        return try? WorkerPool(executable: executable, arguments: arguments, count: count)
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
            try! encoder.encode(WorkerRequest(job: .init(article: job.article, articleName: job.articleName, style: job.style, styleName: job.styleName,
                                                         target: job.target.name, write: stale.contains(job.key), thumbnail: thumbnails)))
        }
        pool.run(requests, preferred: jobs.map { worker[$0.style]! }, stop: { Interrupt.requested }) { [self] index, answer in
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
                if !Interrupt.requested { record(failed(job, because: "\(died)"), progress: progress) }
            }
        }
    }

    private func failed(_ job: BatchJob, because reason: String) -> BatchResult {
        BatchResult(key: job.key, article: job.articleName, style: job.styleName, target: job.target.name, status: .failed,
                    files: [], milliseconds: 0, pages: 0, warnings: [], error: reason)
    }

    /// The contact sheet's PDF and PNG, made side by side by two workers when there are.
    private func makeContactSheet(_ report: BatchReport, pool: WorkerPool?) throws {
        guard let pool else {
            let entries = report.outputs.compactMap { r in r.thumbnail.map { ContactSheetLayout.Entry(image: $0, label: ContactSheet.label(r)) } }
            let renderer = Renderer(workspace: workspace)
            for type in ContactSheet.types { try ContactSheet.write(type, entries: entries, renderer: renderer, to: plan.output) }
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

    /// The worker side: answers each request on its standard input, one line each, until
    /// the input ends (or Ctrl-C, after the job in hand).
    static func work(_ settings: WorkerSettings, workspace: Workspace) throws {
        let runner = BatchRunner(workspace: workspace, plan: BatchPlan(jobs: [], output: settings.output), workers: 1, force: false,
                                 strict: settings.strict)
        let renderer = Renderer(workspace: workspace)
        Interrupt.install()
        var count = 0
        while !Interrupt.requested, let line = readLine() {
            let request = try JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8))
            var answer = WorkerAnswer()
            if let j = request.job {
                let job = BatchJob(article: j.article, articleName: j.articleName, style: j.style, styleName: j.styleName,
                                   target: BatchTarget(name: j.target)!)
                var result = runner.perform(job, renderer: renderer, write: j.write, thumbnail: j.thumbnail)
                count += 1
                let file = settings.scratch.appendingPathComponent("thumb-\(ProcessInfo.processInfo.processIdentifier)-\(count)")
                answer.thumbnail = try result.thumbnail.map { try Thumbnail($0, file: file) }
                result.thumbnail = nil
                answer.result = result
            } else if let sheet = request.sheet, let type = OutputType(rawValue: sheet.type) {
                let entries = sheet.entries.compactMap { e in e.thumbnail.image.map { ContactSheetLayout.Entry(image: $0, label: e.label) } }
                do {
                    try ContactSheet.write(type, entries: entries, renderer: renderer, to: URL(fileURLWithPath: sheet.folder))
                } catch {
                    answer.error = "\(error)"
                }
            }
            FileHandle.standardOutput.write(try JSONEncoder().encode(answer) + [0x0A])
        }
    }

    // MARK: one job

    private func perform(_ job: BatchJob, renderer: Renderer, write: Bool, thumbnail: Bool) -> BatchResult {
        let start = DispatchTime.now().uptimeNanoseconds
        var result = BatchResult(key: job.key, article: job.articleName, style: job.styleName, target: job.target.name,
                                 status: write ? .written : .upToDate, files: [], milliseconds: 0, pages: 0, warnings: [])
        do {
            guard write || thumbnail else { return result }
            let document = try documents.value(job.article) { Result { try workspace.loadArticle(job.article).0 } }.get()
            let sheet = try styles.value(job.style) { Result { try workspace.styles.load(job.style) } }.get()
            let typeset = typeset.value(job.article + "\u{0}" + job.style) { sheet.typeset(document) }
            let layout = try renderer.layout(typeset, target: job.target)
            result.pages = layout.pages.count
            let fonts = FontCheck.problems(in: layout.pages).map { "\($0)" }
            if strict, let first = fonts.first { throw BatchFailure.fonts(first) }
            result.warnings = layout.warnings + fonts
            // The preflight of `feuillet check`, for leaflets: its findings go in the report.
            if case .print = job.target {
                result.warnings += Preflight(document: typeset.document, style: sheet, result: layout, isPrint: true).findings().map { "check: \($0)" }
            }
            if write {
                let folder = folder(job)
                try OutputConfinement.check(folder, inside: plan.output)
                for (file, pages) in zip(job.target.files(pages: layout.pages.count), job.target.split(layout.pages)) {
                    try renderer.write(pages, document: document, target: job.target, to: folder.appendingPathComponent(file))
                    result.files.append(folder.appendingPathComponent(file).path)
                }
            }
            if thumbnail, let first = layout.pages.first {
                result.thumbnail = try PNGExporter(scale: Self.thumbnailWidth / first.size.width).image(first)
            }
        } catch {
            result.status = .failed
            result.error = "\(error)"
        }
        result.milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        return result
    }
}

/// Why a job failed when no stage threw.
enum BatchFailure: Error, CustomStringConvertible {
    case fonts(String)
    var description: String {
        switch self { case .fonts(let problem): "font problem (--strict): \(problem)" }
    }
}

/// Messages gathered from several threads.
private final class Errors: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var first: String? { lock.withLock { messages.first } }
}
