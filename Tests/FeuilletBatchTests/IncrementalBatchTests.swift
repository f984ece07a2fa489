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

    func cli(_ project: BatchTests.Project, _ arguments: [String], environment: [String] = []) throws -> (status: Int32, output: String) {
        try Support.tool(environment + [Self.feuillet, "batch", project.manifest.path, "--root", Support.root.path, "--quiet"] + arguments)
    }

    @Test("an up-to-date batch loads no font: fontconfig's cache folder is not touched; one with work to do fills it")
    func noFonts() throws {
        let project = try BatchTests.Project(formats: "[card-square]")
        #expect(try cli(project, []).status == 0)
        let cache = Support.temporaryFolder()
        let again = try cli(project, [], environment: ["XDG_CACHE_HOME=\(cache.path)"])
        #expect(again.status == 0 && again.output.contains("0 written, 2 up to date"), "\(again.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).isEmpty)
        let forced = try cli(project, ["--force", "--only", "metastases/bleu/card-square"], environment: ["XDG_CACHE_HOME=\(cache.path)"])
        #expect(forced.status == 0, "\(forced.output)")
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("feuillet/fontconfig").path))
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

    @Test("a job's fingerprint holds every file it reads: a picture redoes its article's jobs, a logo or a parent sheet its style's, nothing else")
    func everythingRead() throws {
        let project = try BatchTests.Project(styles: ["bleu": "extends: base.yml\n", "vert": "extends: classique\nlogo: { file: vert.svg, alt: \"Logo\" }\n"],
                                             formats: "[a4, card-square]")
        let manager = FileManager.default, styles = project.folder.appendingPathComponent("Styles"), articles = project.folder.appendingPathComponent("Articles")
        try "extends: classique\npalette: { accent: \"#1f4e8c\" }\n".write(to: styles.appendingPathComponent("base.yml"), atomically: true, encoding: .utf8)
        try manager.copyItem(atPath: Support.root.appendingPathComponent("Styles/logos/classique.svg").path, toPath: styles.appendingPathComponent("vert.svg").path)
        try manager.createDirectory(at: articles.appendingPathComponent("images"), withIntermediateDirectories: true)
        for file in ["urgences-pediatriques.md", "images/salle-attente.jpg"] {
            try manager.copyItem(atPath: Support.root.appendingPathComponent("Articles/" + file).path, toPath: articles.appendingPathComponent(file).path)
        }
        try String(contentsOf: project.manifest, encoding: .utf8).replacingOccurrences(of: "[Articles/metastases.md]", with: "[Articles/*.md]")
            .write(to: project.manifest, atomically: true, encoding: .utf8)
        func written() throws -> [String] { try project.report().outputs.filter { $0.status == .written }.map(\.key) }
        func append(_ bytes: String, to file: URL) throws {
            let handle = try FileHandle(forWritingTo: file)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(bytes.utf8))
            try handle.close()
        }
        #expect(try project.run() == 0)
        #expect(try written().count == 8)
        #expect(try project.run() == 0)
        #expect(try written().isEmpty)
        // The picture's bytes (after the end of the JPEG: it still decodes).
        try append("\n", to: articles.appendingPathComponent("images/salle-attente.jpg"))
        #expect(try project.run() == 0)
        let redone = try written()
        #expect(Set(redone.map { $0.split(separator: "/")[0] }) == ["urgences-pediatriques"], "\(redone)")
        #expect(redone.contains("urgences-pediatriques/bleu/a4") && redone.contains("urgences-pediatriques/vert/a4"), "\(redone)")
        try append("<!-- changed -->\n", to: styles.appendingPathComponent("vert.svg"))
        #expect(try project.run() == 0)
        #expect(try written().sorted() == ["metastases/vert/a4", "metastases/vert/card-square", "urgences-pediatriques/vert/a4", "urgences-pediatriques/vert/card-square"])
        try "extends: classique\npalette: { accent: \"#8c1f1f\" }\n".write(to: styles.appendingPathComponent("base.yml"), atomically: true, encoding: .utf8)
        #expect(try project.run() == 0)
        #expect(try written().sorted() == ["metastases/bleu/a4", "metastases/bleu/card-square", "urgences-pediatriques/bleu/a4", "urgences-pediatriques/bleu/card-square"])
        #expect(try project.run() == 0)
        #expect(try written().isEmpty)
    }

    @Test("an up-to-date batch whose report would be the same leaves report.json as it is and says the same summary")
    func reportLeft() throws {
        let project = try BatchTests.Project(formats: "[a4]")
        #expect(try project.run() == 0)
        #expect(try project.run() == 0)
        let report = project.output.appendingPathComponent("report.json")
        let first = try Data(contentsOf: report), date = try manager(report)
        var batch = BatchRun(manifest: try BatchManifest(file: project.manifest.path), workers: 1)
        batch.quiet = true
        let outcome = try batch.run(Support.workspace)
        #expect(try Data(contentsOf: report) == first && manager(report) == date)
        #expect(outcome.summary.hasPrefix("2 jobs: 0 written, 2 up to date, 0 skipped, 0 failed in "), "\(outcome.summary)")
        #expect(outcome.report.upToDate == 2 && outcome.summary.contains("warning: ") == !outcome.report.outputs.flatMap(\.findings).isEmpty)
        // A report changed by hand is written again.
        try Data("{}".utf8).write(to: report)
        _ = try batch.run(Support.workspace)
        #expect(try project.report().upToDate == 2)
    }

    private func manager(_ file: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
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
