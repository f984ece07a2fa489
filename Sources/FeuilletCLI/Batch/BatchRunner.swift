import Foundation
import FeuilletLayout
import FeuilletModel
import FeuilletRender
import FeuilletStyle
import FeuilletTypesetting

/// Runs a plan on worker threads. Articles and styles are read once, before the workers
/// start; each worker owns a Renderer (its own Pango font map) over the one shared font
/// configuration and hyphenation dictionary; each job lays out once and writes its files.
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
    /// Each article as each style sets its text, made on first use by the process's jobs.
    private var typesetCache = Memo<TypesetDocument>()

    public init(workspace: Workspace, plan: BatchPlan, workers: Int, force: Bool, strict: Bool = false) {
        self.workspace = workspace
        self.plan = plan
        self.workers = max(1, workers)
        self.force = force
        self.strict = strict
    }

    /// Inputs read once: each article and style, or why it could not be read.
    private struct Inputs: @unchecked Sendable {
        var documents: [String: Result<Document, Error>] = [:]
        var styles: [String: Result<StyleSheet, Error>] = [:]
        var fingerprints: [String: String] = [:]
    }

    public func run(quiet: Bool) -> (report: BatchReport, interrupted: Bool) {
        let started = Date()
        let inputs = read()
        var state = Fingerprints(output: plan.output)
        let stale = plan.jobs.filter { force || state.byKey[$0.key] != inputs.fingerprints[$0.key] || !outputsExist($0) }
        // Thumbnails are only needed when the contact sheet is made again.
        let thumbnails = !stale.isEmpty
        let progress = Progress(total: plan.jobs.count, quiet: quiet)
        Interrupt.install()
        if workers > 1 && plan.jobs.count > 1, let executable = Self.executable {
            runInProcesses(executable, stale: Set(stale.map(\.key)), thumbnails: thumbnails, progress: progress)
        } else {
            let renderer = Renderer(workspace: workspace)
            for job in plan.jobs where !Interrupt.requested {
                let result = perform(job, renderer: renderer, inputs: inputs, write: stale.contains(job), thumbnail: thumbnails)
                results.append(result)
                progress.finished(result)
            }
        }
        for result in results where result.status == .written { state.record(result.key, inputs.fingerprints[result.key] ?? "") }
        try? state.save()
        let report = BatchReport(engine: "feuillet \(Feuillet.version)", seconds: Date().timeIntervalSince(started), outputs: results)
        return (report, Interrupt.requested)
    }

    private func read() -> Inputs {
        var inputs = Inputs()
        let fonts = Fingerprints.fontSignature(workspace.fonts.folders)
        for article in Set(plan.jobs.map(\.article)) {
            inputs.documents[article] = Result { try workspace.loadArticle(article).0 }
        }
        var styleFiles: [String: [URL]] = [:]
        for style in Set(plan.jobs.map(\.style)) {
            inputs.styles[style] = Result { try workspace.styles.load(style) }
            styleFiles[style] = (try? workspace.styles.sourceFiles(style)) ?? []
        }
        for job in plan.jobs {
            inputs.fingerprints[job.key] = Fingerprints.fingerprint(
                files: [URL(fileURLWithPath: job.article)] + (styleFiles[job.style] ?? []),
                extra: [fonts, job.target.name, Feuillet.version])
        }
        return inputs
    }

    private func outputsExist(_ job: BatchJob) -> Bool {
        // A carousel's slide count is only known after layout: its first file stands for all.
        let first = job.target.files(pages: 1)[0].replacingOccurrences(of: ".png", with: job.target.isCarousel ? "-01.png" : ".png")
        return FileManager.default.fileExists(atPath: folder(job).appendingPathComponent(first).path)
    }

    private func folder(_ job: BatchJob) -> URL { plan.output.appendingPathComponent("\(job.articleName)/\(job.styleName)") }

    /// This program, when it is `feuillet` itself (not a test runner): what workers run.
    static var executable: URL? {
        let url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return url.lastPathComponent == "feuillet" ? url : nil
    }

    /// Jobs dealt round-robin to `workers` processes (`feuillet batch-worker`), each with its
    /// own Cairo and Pango; their answers come back one JSON line per job.
    private func runInProcesses(_ executable: URL, stale: Set<String>, thumbnails: Bool, progress: Progress) {
        let count = min(workers, plan.jobs.count)
        var groups = Array(repeating: [BatchJob](), count: count), loads = Array(repeating: 0.0, count: count)
        // Longest first, each to the least loaded worker, so that they finish together.
        for job in plan.jobs.sorted(by: { $0.target.cost > $1.target.cost }) {
            let n = loads.indices.min { loads[$0] < loads[$1] }!
            groups[n].append(job)
            loads[n] += stale.contains(job.key) ? job.target.cost : job.target.cost / 4
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("feuillet-batch-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let group = DispatchGroup()
        for (n, jobs) in groups.enumerated() {
            let task = WorkerTask(root: workspace.root.path, fontFolders: workspace.fonts.folders, output: plan.output.path, strict: strict,
                                  thumbnails: thumbnails, scratch: scratch.path, jobs: jobs.map {
                                      .init(article: $0.article, articleName: $0.articleName, style: $0.style, styleName: $0.styleName,
                                            target: $0.target.name, write: force || stale.contains($0.key))
                                  })
            let file = scratch.appendingPathComponent("task-\(n).json")
            group.enter()
            do {
                try JSONEncoder().encode(task).write(to: file)
                let process = Process()
                process.executableURL = executable
                process.arguments = ["batch-worker", file.path]
                let output = Pipe()
                process.standardOutput = output
                let ended = DispatchSemaphore(value: 0)
                process.terminationHandler = { _ in ended.signal() }
                try process.run()
                collect(output.fileHandleForReading, jobs: jobs, process: process, ended: ended, progress: progress) { group.leave() }
            } catch {
                fail(jobs, because: "cannot start a worker: \(error)", progress: progress)
                group.leave()
            }
        }
        group.wait()
    }

    /// Reads a worker's lines as they come; jobs it never answered (it crashed) fail.
    private func collect(_ handle: FileHandle, jobs: [BatchJob], process: Process, ended: DispatchSemaphore, progress: Progress,
                         done: @escaping @Sendable () -> Void) {
        let thread = Thread { [self] in
            var buffer = Data(), answered = Set<String>()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
                while let end = buffer.firstIndex(of: 0x0A) {
                    let line = buffer[buffer.startIndex..<end]
                    buffer.removeSubrange(buffer.startIndex...end)
                    guard let answer = try? JSONDecoder().decode(WorkerLine.self, from: line) else { continue }
                    var result = answer.result
                    result.thumbnail = answer.thumbnail?.image ?? nil
                    answered.insert(result.key)
                    record(result, progress: progress)
                }
            }
            ended.wait()
            let missing = jobs.filter { !answered.contains($0.key) }
            if !missing.isEmpty && !Interrupt.requested {
                fail(missing, because: "its worker process ended (status \(process.terminationStatus)) before it", progress: progress)
            }
            done()
        }
        thread.start()
    }

    private func record(_ result: BatchResult, progress: Progress) {
        lock.lock()
        results.append(result)
        lock.unlock()
        progress.finished(result)
    }

    private func fail(_ jobs: [BatchJob], because reason: String, progress: Progress) {
        for job in jobs {
            record(BatchResult(key: job.key, article: job.articleName, style: job.styleName, target: job.target.name, status: .failed,
                               files: [], milliseconds: 0, pages: 0, warnings: [], error: reason), progress: progress)
        }
    }

    /// The worker side: makes its jobs one after the other and prints each answer.
    static func work(_ task: WorkerTask, workspace: Workspace) throws {
        let jobs = task.jobs.compactMap { j in
            BatchTarget(name: j.target).map { BatchJob(article: j.article, articleName: j.articleName, style: j.style, styleName: j.styleName, target: $0) }
        }
        let runner = BatchRunner(workspace: workspace, plan: BatchPlan(jobs: jobs, output: URL(fileURLWithPath: task.output)),
                                 workers: 1, force: false, strict: task.strict)
        let inputs = runner.read()
        let renderer = Renderer(workspace: workspace)
        let writes = Dictionary(uniqueKeysWithValues: task.jobs.map { ($0.article + "\u{0}" + $0.style + "\u{0}" + $0.target, $0.write) })
        Interrupt.install()
        for (n, job) in jobs.enumerated() where !Interrupt.requested {
            let write = writes[job.article + "\u{0}" + job.style + "\u{0}" + job.target.name] ?? true
            let result = runner.perform(job, renderer: renderer, inputs: inputs, write: write, thumbnail: task.thumbnails)
            let file = URL(fileURLWithPath: task.scratch).appendingPathComponent("thumb-\(ProcessInfo.processInfo.processIdentifier)-\(n)")
            var line = try JSONEncoder().encode(WorkerLine(result: result, thumbnail: try result.thumbnail.map { try .init($0, file: file) }))
            line.append(0x0A)
            FileHandle.standardOutput.write(line)
        }
    }

    private func perform(_ job: BatchJob, renderer: Renderer, inputs: Inputs, write: Bool, thumbnail: Bool) -> BatchResult {
        let start = DispatchTime.now().uptimeNanoseconds
        var result = BatchResult(key: job.key, article: job.articleName, style: job.styleName, target: job.target.name,
                                 status: write ? .written : .upToDate, files: [], milliseconds: 0, pages: 0, warnings: [])
        do {
            let document = try inputs.documents[job.article]!.get()
            let sheet = try inputs.styles[job.style]!.get()
            guard write || thumbnail else { return result }
            let typeset = typesetCache.value(job.article + "\u{0}" + job.style) { sheet.typeset(document) }
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
