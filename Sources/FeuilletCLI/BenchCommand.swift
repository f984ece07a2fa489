import ArgumentParser
import Foundation
import FeuilletLayout
import FeuilletModel
import FeuilletRender
import FeuilletTypesetting

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measures the pipeline in-process on the sample article: medians over repeated runs, peak memory.",
        discussion: "Build in release mode first (make build) for meaningful figures. Prints a table, or JSON with --json.")

    @Option(help: "The article to measure.")
    var article: String = "Articles/metastases.md"

    @Option(help: "Timed runs per measure (after 3 warm-up runs).")
    var runs: Int = 30

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var project: ProjectOptions

    func run() throws {
        try Reporting.run {
            let workspace = try Workspace(root: URL(fileURLWithPath: project.root), extraFontFolders: project.fontDirs)
            let text = try Workspace.readText(article)
            let sheet = try workspace.styles.load("classique")
            let renderer = Renderer(workspace: workspace)
            let document = try MarkdownImporter().importDocument(text, file: article).0
            let typeset = sheet.typeset(document)
            let pages = try renderer.layout(typeset, format: .a4).pages
            let composer = CardComposer(engine: renderer.engine, style: sheet)
            let square = CardPreset(named: "square")!
            let card = try composer.cards(.title, for: typeset.document, preset: square)[0]
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("feuillet-bench-\(ProcessInfo.processInfo.processIdentifier)")
            defer { try? FileManager.default.removeItem(at: scratch) }
            let meta = PDFExporter.Metadata(title: document.metadata.title)

            var results: [BenchResult] = []
            func measure(_ name: String, _ body: () throws -> Void) rethrows {
                for _ in 0..<3 { try body() }
                var times: [Double] = []
                for _ in 0..<runs {
                    let start = DispatchTime.now().uptimeNanoseconds
                    try body()
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                }
                results.append(BenchResult(name: name, milliseconds: times.sorted()[times.count / 2]))
            }
            try measure("import (Markdown → model)") { _ = try MarkdownImporter().importDocument(text, file: article) }
            try measure("French spacing (model → typeset)") { _ = sheet.typeset(document) }
            try measure("layout A4 (model → pages)") { _ = try renderer.layout(sheet.typeset(document), format: .a4) }
            try measure("PDF export (pages → file)") { try PDFExporter(metadata: meta).write(pages, to: scratch.appendingPathComponent("a4.pdf")) }
            try measure("leaflet A4 (model → PDF file)") {
                try renderer.write(try renderer.layout(sheet.typeset(document), format: .a4).pages, document: document, format: .a4,
                                   to: scratch.appendingPathComponent("a4.pdf"))
            }
            try measure("card 1080×1080 (model → PNG file)") {
                try PNGExporter().write(try composer.cards(.title, for: typeset.document, preset: square)[0], to: scratch.appendingPathComponent("card.png"))
            }
            try measure("same card, Cairo's PNG writer (reference)") { _ = try PNGExporter().renderWithCairoWriter(card) }
            // The whole default batch, forced, with one worker and on every core, in turn (a
            // change in the machine's speed then touches both alike): fewer runs, it takes seconds.
            let batchRuns = max(3, runs / 6)
            var manifest = BatchManifest.standard(workspace)
            manifest.output = scratch.appendingPathComponent("batch")
            let plan = BatchPlan(manifest: manifest, styles: workspace.styles.availableStyles())
            let counts = [1, ProcessInfo.processInfo.activeProcessorCount]
            var times = Array(repeating: [Double](), count: counts.count), failures = 0
            for _ in 0..<batchRuns {
                for (n, workers) in counts.enumerated() {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let report = try BatchRunner(workspace: workspace, plan: plan, workers: workers, force: true).run(quiet: true, contactSheet: true).report
                    times[n].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                    failures = report.failed.count
                }
            }
            for (n, workers) in counts.enumerated() {
                results.append(BenchResult(name: "default batch (\(plan.jobs.count) jobs), \(workers) worker\(workers > 1 ? "s" : "")",
                                           milliseconds: times[n].sorted()[times[n].count / 2]))
            }
            let ours = try PNGExporter().render(card).count, cairo = try PNGExporter().renderWithCairoWriter(card).count
            let report = BenchReport(runs: runs, results: results, pngBytes: ours, cairoPNGBytes: cairo,
                                     batchFailures: failures, peakMemoryMB: BenchReport.peakMemoryMB())
            print(json ? report.json : report.table)
        }
    }
}
