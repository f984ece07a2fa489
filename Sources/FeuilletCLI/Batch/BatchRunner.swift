import Foundation
import FeuilletLayout
import FeuilletModel
import FeuilletRender
import FeuilletStyle

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
    private static let cairo = NSLock()
    private var next = 0
    private var results: [BatchResult] = []

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
        let group = DispatchGroup()
        for _ in 0..<min(workers, max(plan.jobs.count, 1)) {
            group.enter()
            let thread = Thread { [self] in
                work(inputs: inputs, stale: Set(stale.map(\.key)), thumbnails: thumbnails, progress: progress)
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
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

    /// One worker: takes jobs until none is left (or Ctrl-C), each on this thread's renderer.
    private func work(inputs: Inputs, stale: Set<String>, thumbnails: Bool, progress: Progress) {
        let renderer = Renderer(workspace: workspace)
        while !Interrupt.requested, let job = take() {
            // One job draws at a time: Cairo 1.16 keeps at most ten FreeType faces open and
            // closes and reopens them as fonts come and go, racing between threads once
            // the styles of a batch use more than ten font files (crashes in cairo-ft seen
            // in about one batch in three with two workers). Workers still read inputs,
            // report and write in parallel; the drawing itself waits for this lock.
            Self.cairo.lock()
            let result = perform(job, renderer: renderer, inputs: inputs, write: stale.contains(job.key), thumbnail: thumbnails)
            Self.cairo.unlock()
            lock.lock()
            results.append(result)
            lock.unlock()
            progress.finished(result)
        }
    }

    private func take() -> BatchJob? {
        lock.lock()
        defer { lock.unlock() }
        guard next < plan.jobs.count else { return nil }
        next += 1
        return plan.jobs[next - 1]
    }

    private func perform(_ job: BatchJob, renderer: Renderer, inputs: Inputs, write: Bool, thumbnail: Bool) -> BatchResult {
        let start = DispatchTime.now().uptimeNanoseconds
        var result = BatchResult(key: job.key, article: job.articleName, style: job.styleName, target: job.target.name,
                                 status: write ? .written : .upToDate, files: [], milliseconds: 0, pages: 0, warnings: [])
        do {
            let document = try inputs.documents[job.article]!.get()
            let sheet = try inputs.styles[job.style]!.get()
            guard write || thumbnail else { return result }
            let layout = try renderer.layout(document, style: sheet, target: job.target)
            result.pages = layout.pages.count
            let fonts = FontCheck.problems(in: layout.pages).map { "\($0)" }
            if strict, let first = fonts.first { throw BatchFailure.fonts(first) }
            result.warnings = layout.warnings + fonts
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
