import ArgumentParser
import Foundation
import FeuilletBatch
import FeuilletPipeline

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Makes every variant of a set of articles: each article × style × format, on all cores.",
        discussion: """
            Without MANIFEST: every article in Articles/ × every style × a4, trifold, the title card at every preset and \
            the carousel. A manifest (YAML) names articles (paths or globs), styles (names, globs or all), formats \
            (a4, trifold, card-<preset>, carousel-<preset>, key-<preset>, quote-<preset>; a print format as { format: a4, \
            press: true } or a4-press for the print shop's file), presets and the output folder.
            Files go to <output>/<article>/<style>/<format>.<ext>, with <output>/report.json and a contact sheet
            (contact-sheet.pdf and .png). Outputs whose inputs have not changed are skipped (--force redoes them).
            """)

    @Argument(help: "A batch manifest (YAML).")
    var manifest: String?

    @Option(name: .customLong("only"), help: "Only the jobs whose article/style/format key matches (a glob, or any part of it); repeatable.")
    var only: [String] = []

    @Option(help: "Worker processes (default: the machine's cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Make only shard K of N (e.g. 2/3): N machines share a batch.")
    var shard: String?

    @Flag(name: .customLong("dry-run"), help: "Print the plan and stop.")
    var dryRun = false

    @Flag(help: "Redo outputs that are up to date.")
    var force = false

    @Flag(help: "No progress, only the summary and errors.")
    var quiet = false

    @Option(name: .customLong("job-time"), help: "Seconds a job may take before it is stopped and fails (the others go on).")
    var jobTime: Double = JobLimits().seconds

    @Option(name: .customLong("job-memory"), help: "Megabytes of memory a worker process may take; a job that needs more fails alone.")
    var jobMemory: Int = JobLimits().memoryMB

    @Option(name: .customLong("articles-from"), help: "A folder the manifest may read articles from besides its own (repeatable).")
    var articlesFrom: [String] = []

    @Option(name: .customLong("merge-reports"), parsing: .upToNextOption, help: "Join shards' report.json files into <output>/report.json and stop.")
    var mergeReports: [String] = []

    @OptionGroup var project: ProjectOptions
    @OptionGroup var strictness: StrictOption

    func run() throws {
        try Reporting.run {
            let workspace = try project.workspace()
            var manifest = try manifest.map(BatchManifest.init(file:)) ?? .standard(workspace)
            if !mergeReports.isEmpty {
                let merged = try BatchRun.mergeReports(mergeReports, into: manifest.output)
                print(merged.summary)
                if !merged.failed.isEmpty { throw ExitCode.failure }
                return
            }
            manifest.articleFolders += articlesFrom.map { URL(fileURLWithPath: $0) }
            var batch = BatchRun(manifest: manifest, workers: jobs)
            batch.only = only
            batch.shard = try shard.map(Shard.init(parsing:))
            batch.force = force
            batch.quiet = quiet
            batch.options.strict = strictness.strict
            batch.limits = JobLimits(seconds: jobTime, memoryMB: jobMemory)
            if dryRun {
                let plan = try batch.plan(workspace)
                print(plan.description)
                print("\(plan.jobs.count) jobs")
                return
            }
            let (report, interrupted) = try batch.run(workspace)
            print(report.summary)
            if interrupted { throw ExitCode(130) }
            if !report.failed.isEmpty { throw ExitCode.failure }
        }
    }
}
