import Foundation
import FeuilletPipeline
import FeuilletRender
import FeuilletLayout
import FeuilletModel

/// A batch as a command asks for it: a manifest, which of its jobs, on how many workers,
/// with which options. Runs the plan and writes the report (`report.json`, or a shard's
/// `report-K-of-N.json`); the contact sheet is made by whole batches only.
public struct BatchRun: Sendable {
    public var manifest: BatchManifest
    /// `--only` patterns: jobs whose key matches any.
    public var only: [String] = []
    public var shard: Shard?
    public var workers: Int
    public var force = false
    public var quiet = false
    public var options = RenderOptions()
    public var limits = JobLimits()

    public init(manifest: BatchManifest, workers: Int) {
        self.manifest = manifest
        self.workers = workers
    }

    public func plan(_ workspace: Workspace) throws -> BatchPlan {
        try BatchPlan(manifest: manifest, styles: workspace.styleFiles.availableStyles(), only: only, shard: shard.map { ($0.index, $0.count) })
    }

    /// What `--dry-run` checks beyond the plan: every article of it imported and every
    /// style loaded (with its fonts), each once; one line per problem, empty when all is
    /// well. The formats were checked when the manifest was read.
    public func validate(_ plan: BatchPlan, workspace: Workspace) -> [String] {
        do { try workspace.loadFonts() } catch { return [ErrorWords.describe(error)] }
        var problems: [String] = []
        var mappings: [String: [String: String]] = [:]
        for job in plan.jobs { if let mapping = job.mapping { mappings[job.article] = mapping } }
        for article in Set(plan.jobs.map(\.article)).sorted() {
            do {
                if let mapping = mappings[article] {
                    // A data file: read, and its columns found for every mapped field.
                    _ = try CardData.read(article).columns(mapping: mapping)
                    continue
                }
                let (_, warnings) = try workspace.loadArticle(article)
                problems += warnings.filter { $0.severity == .error }.map(\.description)
            } catch {
                problems.append(ErrorWords.describe(error))
            }
        }
        for style in Set(plan.jobs.map(\.style)).sorted() {
            do {
                try workspace.fonts.check(try workspace.styles.load(style).families)
            } catch {
                problems.append(ErrorWords.describe(error))
            }
        }
        return problems
    }

    /// The report, written, this run's jobs and whether Ctrl-C cut the batch short. A
    /// `--only` run keeps the previous report's other outputs (and the contact sheet shows
    /// them all).
    public func run(_ workspace: Workspace) throws -> BatchCoordinator.Outcome {
        let reportFile = manifest.output.appendingPathComponent(shard?.reportName ?? BatchReport.fileName)
        let previous = only.isEmpty ? nil : try? BatchReport.read(reportFile)
        return try BatchCoordinator(workspace: workspace, plan: try plan(workspace), workers: workers, force: force, options: options, limits: limits)
            .run(quiet: quiet, reportFile: reportFile, previous: previous, contactSheet: shard == nil)
    }

    /// Shards' reports joined into `output`'s `report.json`, and the contact sheet of them
    /// all from the thumbnails the shards left in `output`.
    public static func mergeReports(_ files: [String], into output: URL, workspace: Workspace) throws -> BatchReport {
        let reports = try files.map { file in
            do {
                return try BatchReport.read(URL(fileURLWithPath: file))
            } catch {
                throw BatchPlan.Problem(description: "\(file): not a batch report: \(ErrorWords.describe(error))")
            }
        }
        try workspace.loadFonts()
        let merged = BatchReport.merged(reports)
        try AtomicFile.write(Array(try merged.json()), to: output.appendingPathComponent(BatchReport.fileName))
        let engine = TextEngine(fonts: workspace.fonts)
        for type in ContactSheet.types { try ContactSheet.write(type, report: output, engine: engine) }
        return merged
    }
}
