import ArgumentParser
import Foundation
import FeuilletBatch
import FeuilletLayout
import FeuilletModel
import FeuilletPipeline
import FeuilletRender

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measures the pipeline in-process on the sample article: medians over repeated runs, peak memory.",
        discussion: "Build in release mode first (make build) for meaningful figures. Prints a table, or JSON with --json.")

    @Option(help: "The article to measure.")
    var article: String = "Articles/metastases.md"

    @Option(help: "Timed runs per measure (after 3 warm-up runs).")
    var runs: Int = 30

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Only the cards (no leaflet, long article or batch): seconds instead of minutes, to compare or profile a card.")
    var cardsOnly = false

    @OptionGroup var project: ProjectOptions

    func run() throws {
        try Reporting.run {
            let workspace = try project.workspace()
            let text = try Workspace.readText(article)
            let sheet = try workspace.styles.load("classique")
            let pipeline = Pipeline(workspace: workspace)
            let document = try MarkdownImporter().importDocument(text, file: article).0
            let typeset = sheet.typeset(document)
            let square = Target.card(CardPreset(named: "square")!)
            let leaflet = try pipeline.render(typeset, target: .a4)
            let card = try pipeline.render(typeset, target: square).pages[0]
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("feuillet-bench-\(ProcessInfo.processInfo.processIdentifier)")
            defer { try? FileManager.default.removeItem(at: scratch) }
            let location = OutputLocation(folder: scratch)

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
            var failures = 0
            if !cardsOnly {
                try measure("import (Markdown → model)") { _ = try MarkdownImporter().importDocument(text, file: article) }
                try measure("French spacing (model → typeset)") { _ = sheet.typeset(document) }
                try measure("layout and checks A4 (model → rendition)") { _ = try pipeline.render(sheet.typeset(document), target: .a4) }
                try measure("PDF export (rendition → file)") { try pipeline.write(leaflet, in: location) }
                try measure("leaflet A4 (model → PDF file)") { try pipeline.write(try pipeline.render(sheet.typeset(document), target: .a4), in: location) }
                // The cost of a page: a long article (copies of this one, each line of each copy
                // numbered, so no paragraph repeats another and none is set from the memo) against
                // the leaflet, both to a PDF file.
                let long = try MarkdownImporter().importDocument(Self.numberedCopies(of: text, count: Self.longCopies), file: article).0
                let longTypeset = sheet.typeset(long)
                let longPages = try pipeline.render(longTypeset, target: .a4).pages.count
                var longTimes: [Double] = []
                for _ in 0..<max(3, runs / 6) {
                    let start = DispatchTime.now().uptimeNanoseconds
                    try pipeline.write(try pipeline.render(sheet.typeset(long), target: .a4), in: location)
                    longTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                }
                let leafletTime = results.last!.milliseconds
                let longTime = longTimes.sorted()[longTimes.count / 2]
                results.append(BenchResult(name: "long article A4, \(longPages) pages (model → PDF file)", milliseconds: longTime))
                results.append(BenchResult(name: "cost per page (long article − leaflet, per page added)",
                                           milliseconds: (longTime - leafletTime) / Double(max(1, longPages - leaflet.pages.count))))
            }
            try measure("card 1080×1080 (model → PNG file)") { try pipeline.write(try pipeline.render(typeset, target: square), in: location) }
            try measure("same card, Cairo's PNG writer (reference)") { _ = try PNGExporter().renderWithCairoWriter(card) }
            // A photo card: the photo cut and scrimmed, its pixels checked under the text.
            let photo = try pipeline.typeset(article: workspace.root.appendingPathComponent("Articles/urgences-pediatriques.md").path, style: "moderne").typeset
            try measure("photo card 1080×1080, moderne (model → PNG file)") { try pipeline.write(try pipeline.render(photo, target: square), in: location) }
            // The whole default batch, forced, with one worker and on every core, in turn (a
            // change in the machine's speed then touches both alike): fewer runs, it takes seconds.
            if !cardsOnly {
                let batchRuns = max(3, runs / 6)
                var manifest = BatchManifest.standard(workspace)
                manifest.output = scratch.appendingPathComponent("batch")
                let plan = try BatchPlan(manifest: manifest, styles: workspace.styles.availableStyles())
                let counts = [1, ProcessInfo.processInfo.activeProcessorCount]
                var times = Array(repeating: [Double](), count: counts.count)
                for _ in 0..<batchRuns {
                    for (n, workers) in counts.enumerated() {
                        let start = DispatchTime.now().uptimeNanoseconds
                        let report = try BatchCoordinator(workspace: workspace, plan: plan, workers: workers, force: true)
                            .run(quiet: true, reportFile: manifest.output.appendingPathComponent(BatchReport.fileName), contactSheet: true).report
                        times[n].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                        failures = report.failed.count
                    }
                }
                // Once everything is made, the same batch again: it decides that all is up to date.
                let upToDate = DispatchTime.now().uptimeNanoseconds
                _ = try BatchCoordinator(workspace: workspace, plan: plan, workers: counts.last!, force: false)
                    .run(quiet: true, reportFile: manifest.output.appendingPathComponent(BatchReport.fileName), contactSheet: true)
                results.append(BenchResult(name: "default batch (\(plan.jobs.count) jobs), all up to date",
                                           milliseconds: Double(DispatchTime.now().uptimeNanoseconds - upToDate) / 1e6))
                for (n, workers) in counts.enumerated() {
                    results.append(BenchResult(name: "default batch (\(plan.jobs.count) jobs), \(workers) worker\(workers > 1 ? "s" : "")",
                                               milliseconds: times[n].sorted()[times[n].count / 2]))
                }
            }
            let ours = try PNGExporter().render(card).count, cairo = try PNGExporter().renderWithCairoWriter(card).count
            let report = BenchReport(runs: runs, results: results, pngBytes: ours, cairoPNGBytes: cairo,
                                     batchFailures: failures, peakMemoryMB: BenchReport.peakMemoryMB())
            print(json ? report.json : report.table)
        }
    }

    /// Copies of the sample for the long article: about 50 A4 pages in classique (26 made 22).
    static let longCopies = 59

    /// `count` copies of an article's body under its front matter, each line that starts
    /// with a letter ending with the copy's number (as scripts/measure.sh makes its long article).
    static func numberedCopies(of text: String, count: Int) -> String {
        let parts = text.components(separatedBy: "\n---\n")
        guard parts.count >= 2 else { return text }
        let head = parts[0], body = parts.dropFirst().joined(separator: "\n---\n")
        let copies = (0..<count).map { n in
            body.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.first?.isLetter == true ? "\($0) (\(n))" : String($0) }.joined(separator: "\n")
        }
        return head + "\n---\n" + copies.joined(separator: "\n\n")
    }
}
