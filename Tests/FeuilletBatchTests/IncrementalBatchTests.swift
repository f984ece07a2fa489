import Foundation
import Testing
@testable import FeuilletBatch
import FeuilletPipeline
import FeuilletTestSupport

/// A batch with nothing to make decides so from the state alone: no worker, no layout, the
/// report as full as the run that made the files; `--only` keeps the rest of the overview.
@Suite("Batch: up to date without laying out, --only keeps the overview")
struct IncrementalBatchTests {
    static let feuillet = Support.root.appendingPathComponent(".build/debug/feuillet").path

    func cli(_ project: BatchTests.Project, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try Support.tool([Self.feuillet, "batch", project.manifest.path, "--root", Support.root.path, "--quiet"] + arguments)
    }

    @Test("an up-to-date batch starts no worker: it succeeds where no worker could run a job, and its report keeps every finding")
    func noWorkers() throws {
        let project = try BatchTests.Project(styles: ["pale": "extends: classique\nroles:\n  body: { color: \"#d0d0d0\" }\n"], formats: "[a4, card-square]")
        let first = try cli(project, ["--jobs", "2"])
        #expect(first.status == 0, "\(first.output)")
        let made = try project.report()
        #expect(made.written == 2 && !made.outputs.flatMap(\.findings).isEmpty)
        // 1 MB of memory: a worker dies at its first job. None is started, so none dies.
        let again = try cli(project, ["--jobs", "2", "--job-memory", "1"])
        #expect(again.status == 0, "\(again.output)")
        let report = try project.report()
        #expect(report.upToDate == 2 && report.notes.isEmpty, "\(report.summary)")
        #expect(report.outputs.map(\.findings) == made.outputs.map(\.findings))
        #expect(report.outputs.map(\.files) == made.outputs.map(\.files) && report.outputs.map(\.pages) == made.outputs.map(\.pages))
        #expect(again.output.contains("error: contrast: "), "the summary of an up-to-date batch says its findings: \(again.output)")
        // The proof that the check works: a forced batch does send jobs to those workers.
        let forced = try cli(project, ["--jobs", "2", "--job-memory", "1", "--force"])
        #expect(forced.status == 1, "\(forced.output)")
    }

    @Test("a file whose date changes and bytes do not stays up to date; one whose bytes change is made again")
    func datesThenBytes() throws {
        let project = try BatchTests.Project(formats: "[a4]")
        #expect(try project.run() == 0)
        let style = project.folder.appendingPathComponent("Styles/bleu.yml")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: style.path)
        #expect(try project.run() == 0)
        #expect(try project.report().upToDate == 2)
        try (String(contentsOf: style, encoding: .utf8) + "# un commentaire\n").write(to: style, atomically: true, encoding: .utf8)
        #expect(try project.run() == 0)
        #expect(try project.report().outputs.filter { $0.status == .written }.map(\.style) == ["bleu"])
        // A missing output is made again, whatever the state says.
        try FileManager.default.removeItem(at: project.output.appendingPathComponent("metastases/vert/a4.pdf"))
        #expect(try project.run() == 0)
        #expect(try project.report().outputs.filter { $0.status == .written }.map(\.style) == ["vert"])
    }

    @Test("a failure of unchanged inputs is said again without being tried again; the batch still exits 1")
    func failuresKept() throws {
        let project = try BatchTests.Project(styles: ["casse": "extends: classique\nroles:\n  body: { sise: 11pt }\n", "bon": "extends: classique\n"], formats: "[a4]")
        #expect(try project.run() == 1)
        #expect(try project.run() == 1)
        let report = try project.report()
        #expect(report.failed.map(\.key) == ["metastases/casse/a4"] && report.upToDate == 1)
        #expect(report.failed[0].milliseconds == 0 && report.failed[0].error?.contains("casse.yml:3:") == true)
    }

    @Test("--only makes its jobs and keeps the rest of report.json and of the contact sheet")
    func onlyKeepsOverview() throws {
        let project = try BatchTests.Project(formats: "[a4, card-square]")
        #expect(try project.run() == 0)
        let sheet = project.output.appendingPathComponent("contact-sheet.pdf")
        let before = try Support.tool(["pdftotext", sheet.path, "-"]).output
        var batch = BatchRun(manifest: try BatchManifest(file: project.manifest.path), workers: 1)
        (batch.only, batch.force, batch.quiet) = (["metastases/bleu/a4"], true, true)
        let outcome = try batch.run(Support.workspace), report = outcome.report
        #expect(report.outputs.count == 4 && report.written == 1 && report.upToDate == 3, "\(report.summary)")
        #expect(outcome.run.outputs.map(\.key) == ["metastases/bleu/a4"] && outcome.run.written == 1)
        #expect(try project.report().outputs.map(\.key) == ["metastases/bleu/a4", "metastases/bleu/card-square", "metastases/vert/a4", "metastases/vert/card-square"])
        // The sheet was made again (this run wrote a4) and still shows all four variants.
        let after = try Support.tool(["pdftotext", sheet.path, "-"]).output
        #expect(after.contains("4 variantes") && before.contains("4 variantes"), "\(after)")
        #expect(after.components(separatedBy: "card-square").count == 3, "\(after)")
        // An old failure outside --only does not fail this run; the command says what it made.
        try "extends: classique\nroles:\n  body: { sise: 11pt }\n".write(to: project.folder.appendingPathComponent("Styles/vert.yml"), atomically: true, encoding: .utf8)
        #expect(try project.run() == 1)
        let only = try Support.tool([Self.feuillet, "batch", project.manifest.path, "--root", Support.root.path, "--quiet", "--jobs", "1", "--force", "--only", "bleu/a4"])
        #expect(only.status == 0, "\(only.output)")
        #expect(only.output.hasPrefix("1 job: 1 written"), "\(only.output)")
        #expect(only.output.contains("report.json and the contact sheet: the jobs above and 3 others kept from the previous report"), "\(only.output)")
        #expect(try project.report().failed.count == 2)
    }
}
