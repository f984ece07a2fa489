import ArgumentParser
import Foundation
import FeuilletBatch
import FeuilletPipeline

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Makes every variant of a set of articles: each article × style × format, on all cores.",
        discussion: """
            Without MANIFEST: the project's \(BatchManifest.projectFile) when it has one (feuillet init writes it), else every \
            article in Articles/ × every style × a4, trifold, the title card at every preset and the carousel. A manifest (YAML) names articles (paths or globs), styles (names, globs or all), formats \
            (\(Target.names.joined(separator: ", "))), presets (of the title card) and the output folder, and may set \
            what render's flags set, for every job or per format: fit (none, shrink, digest), bleed (e.g. 3mm), marks, \
            press (the print shop's file), dpi (the resolution written in the cards' PNG files; leaflets are PDF). A format entry is a name or a mapping: \
            { format: a4, press: true, fit: digest }, or a card kind at its presets: { format: key, presets: [square, story] }.
            Files go to <output>/<article>/<style>/<format>.<ext>, with <output>/report.json (every job's warnings and \
            errors, paths relative to <output>) and a contact sheet (contact-sheet.pdf, contact-sheet-1.png…: every page, slide and failure, \
            one or more pages per article). The summary counts every warning and error by rule. A card kind the \
            article has no content for is skipped, not failed. Outputs whose inputs have not changed are up to date: \
            not made again (--force redoes them), their findings kept in the report; --only keeps the rest of the \
            report and contact sheet.
            """)


    @Argument(help: "A batch manifest (YAML; default: the project's \(BatchManifest.projectFile) if there is one).")
    var manifest: String?

    @Option(name: .customLong("only"), help: "Only the jobs whose article/style/format key matches (a glob, or any part of it); repeatable.")
    var only: [String] = []

    @Option(help: "Worker processes, 1 to \(Self.maximumJobs) (default: the machine's cores, \(Self.cores) here).")
    var jobs: Int?

    static let maximumJobs = 256
    /// Read once: each parse of the command makes its help texts again.
    static let cores = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Make only shard K of N (e.g. 2/3): N machines share a batch, each writing report-K-of-N.json; --merge-reports joins them. /N takes K from the job array the batch runs in: JOB_COMPLETION_INDEX (Kubernetes Indexed Job), SLURM_ARRAY_TASK_ID (Slurm), AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch), PARALLEL_SEQ (GNU Parallel). docs/SCALE-OUT.md.", valueName: "K/N or /N"))
    var shard: String?

    @Flag(name: .customLong("dry-run"), help: "Print the plan, read every article and style of it (and their fonts), and stop; exits 1 when one is wrong.")
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

    @Option(name: .customLong("merge-reports"), parsing: .upToNextOption, help: "Join shards' report-K-of-N.json files into <output>/report.json, make the contact sheet of them all from the thumbnails the shards left in <output>, and stop.")
    var mergeReports: [String] = []

    @OptionGroup var project: ProjectOptions
    @OptionGroup var strictness: StrictOption

    /// A folder as a person finds it from here: relative to the current folder when inside it.
    static func shown(_ folder: URL) -> String {
        let here = FileManager.default.currentDirectoryPath + "/"
        let path = folder.standardizedFileURL.path
        return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
    }

    func validate() throws {
        if let jobs, !(1...Self.maximumJobs).contains(jobs) { throw ValidationError("--jobs \(jobs): give 1 to \(Self.maximumJobs) worker processes") }
    }

    func run() throws {
        try Reporting.run {
            let workspace = try project.workspace(fontsOnFirstUse: true)
            var manifest = try manifest.map(BatchManifest.init(file:)) ?? .project(workspace)
            if self.manifest == nil, manifest.file != nil, !quiet {
                print("\(BatchManifest.projectFile): the project's manifest (feuillet batch MANIFEST reads another)")
            }
            if !mergeReports.isEmpty {
                let merged = try BatchRun.mergeReports(mergeReports, into: manifest.output, workspace: workspace)
                print(merged.summary)
                if !merged.failed.isEmpty || merged.failedRows > 0 { throw ExitCode.failure }
                return
            }
            manifest.articleFolders += articlesFrom.map { URL(fileURLWithPath: $0) }
            var batch = BatchRun(manifest: manifest, workers: jobs ?? Self.cores)
            batch.only = only
            batch.shard = try shard.map { try Shard(parsing: $0, environment: ProcessInfo.processInfo.environment) }
            batch.force = force
            batch.quiet = quiet
            batch.options.strict = strictness.strict
            batch.limits = JobLimits(seconds: jobTime, memoryMB: jobMemory)
            if dryRun {
                let plan = try batch.plan(workspace)
                print(plan.description)
                print("\(plan.jobs.count) jobs")
                let problems = batch.validate(plan, workspace: workspace)
                for problem in problems { Reporting.warn(problem) }
                if !problems.isEmpty { throw ExitCode.failure }
                return
            }
            let outcome = try batch.run(workspace)
            // With --only, this run's jobs; the report holds them over the previous overview.
            print(outcome.summary)
            print("files in \(Self.shown(manifest.output))/: <article>/<style>/, \(BatchReport.fileName)\(batch.shard == nil ? ", contact-sheet.pdf" : "")")
            if outcome.kept > 0 {
                print("report.json and the contact sheet: the jobs above and \(outcome.kept) others kept from the previous report")
            }
            if outcome.interrupted { throw ExitCode(130) }
            if outcome.failed > 0 { throw ExitCode.failure }
        }
    }
}
