import Foundation
import Testing
@testable import FeuilletBatch
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletTypesetting

@Suite("Batch: plan, fingerprints, workers, report")
struct BatchTests {
    /// A small project: one article, two styles of its own (extending classique), a manifest.
    struct Project {
        let folder = Support.temporaryFolder()
        var output: URL { folder.appendingPathComponent("out") }
        var manifest: URL { folder.appendingPathComponent("lot.yml") }

        init(styles: [String: String] = ["bleu": "extends: classique\npalette: { accent: \"#1f4e8c\" }\n",
                                         "vert": "extends: classique\npalette: { accent: \"#1f6b3a\" }\n"],
             formats: String = "[a4, card-square, carousel-portrait]") throws {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("Styles"), withIntermediateDirectories: true)
            for (name, text) in styles {
                try text.write(to: folder.appendingPathComponent("Styles/\(name).yml"), atomically: true, encoding: .utf8)
            }
            let styleList = styles.keys.sorted().map { "Styles/\($0).yml" }.joined(separator: ", ")
            // The article beside the manifest: a manifest reads articles from its own folder.
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("Articles"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Support.article, toPath: folder.appendingPathComponent("Articles/metastases.md").path)
            try """
                articles: [Articles/metastases.md]
                styles: [\(styleList)]
                formats: \(formats)
                output: out
                """.write(to: manifest, atomically: true, encoding: .utf8)
        }

        /// The batch in this process (one worker: a test runner cannot be a worker), as
        /// `feuillet batch` runs it: 0 when every job was made, 1 when one failed.
        func run(force: Bool = false, shard: Shard? = nil, workspace: Workspace = Support.workspace) throws -> Int32 {
            var batch = BatchRun(manifest: try BatchManifest(file: manifest.path), workers: 1)
            batch.force = force
            batch.shard = shard
            batch.quiet = true
            return try batch.run(workspace).report.failed.isEmpty ? 0 : 1
        }

        func report() throws -> BatchReport {
            try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: output.appendingPathComponent("report.json")))
        }

        /// Every file under the output folder with its bytes, report, state and thumbnails left out.
        func files() -> [String: Data] {
            let walker = FileManager.default.enumerator(atPath: output.path)
            var result: [String: Data] = [:]
            while let path = walker?.nextObject() as? String {
                guard path.contains("/"), !path.hasPrefix("."), let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) else { continue }
                result[path] = data
            }
            return result
        }
    }

    @Test("every variant is written, with a report and a contact sheet; a second run writes nothing")
    func writesThenSkips() throws {
        let project = try Project()
        #expect(try project.run() == 0)
        let report = try project.report()
        #expect(report.outputs.count == 6)
        #expect(report.written == 6)
        let files = project.files()
        #expect(files.keys.contains("metastases/bleu/a4.pdf"))
        #expect(files.keys.contains("metastases/vert/card-square.png"))
        #expect(files.keys.contains("metastases/vert/carousel-portrait-01.png"))
        #expect(FileManager.default.fileExists(atPath: project.output.appendingPathComponent("contact-sheet.pdf").path))
        #expect(FileManager.default.fileExists(atPath: project.output.appendingPathComponent("contact-sheet-1.png").path))
        let dates = try files.keys.map { try FileManager.default.attributesOfItem(atPath: project.output.appendingPathComponent($0).path)[.modificationDate] as? Date }

        #expect(try project.run() == 0)
        #expect(try project.report().upToDate == 6)
        #expect(try project.report().written == 0)
        let again = try files.keys.map { try FileManager.default.attributesOfItem(atPath: project.output.appendingPathComponent($0).path)[.modificationDate] as? Date }
        #expect(dates == again)
    }

    @Test("changing one style redoes only its variants")
    func incremental() throws {
        let project = try Project()
        #expect(try project.run() == 0)
        try "extends: classique\npalette: { accent: \"#8c1f1f\" }\n".write(to: project.folder.appendingPathComponent("Styles/bleu.yml"), atomically: true, encoding: .utf8)
        #expect(try project.run() == 0)
        let report = try project.report()
        #expect(Set(report.outputs.filter { $0.status == .written }.map(\.style)) == ["bleu"])
        #expect(report.upToDate == 3)
        #expect(try project.run(force: true) == 0)
        #expect(try project.report().written == 6)
    }

    @Test("a new hyphenation dictionary redoes every output (it changes where lines break)")
    func dictionaryInFingerprint() throws {
        let project = try Project()
        let dictionary = project.folder.appendingPathComponent("hyph_fr.dic")
        try FileManager.default.copyItem(atPath: Hyphenator.defaultDictionary, toPath: dictionary.path)
        let workspace = try Workspace(root: Support.root, hyphenationDictionaries: ["fr": dictionary.path])
        #expect(try project.run(workspace: workspace) == 0)
        #expect(try project.run(workspace: workspace) == 0)
        #expect(try project.report().upToDate == 6)
        // An update of the hyphen-fr package: the same patterns and one more.
        let handle = try FileHandle(forWritingTo: dictionary)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n1x1y1z\n".utf8))
        try handle.close()
        #expect(try project.run(workspace: try Workspace(root: Support.root, hyphenationDictionaries: ["fr": dictionary.path])) == 0)
        #expect(try project.report().written == 6)
    }

    @Test("a record of what is up to date that cannot be saved is said in the report and the summary, not swallowed")
    func stateNotSaved() throws {
        let project = try Project()
        // A folder where the state file goes: it cannot be written.
        try FileManager.default.createDirectory(at: project.output.appendingPathComponent(".feuillet-state.json/x"), withIntermediateDirectories: true)
        #expect(try project.run() == 0)
        let report = try project.report()
        #expect(report.notes.contains { $0.contains("could not be saved") }, "\(report.notes)")
        #expect(report.summary.contains("note: the record of what is up to date"))
    }

    @Test("a broken style fails only its own variants, and the batch exits non-zero naming it")
    func isolation() throws {
        let project = try Project(styles: ["bon": "extends: classique\n", "casse": "extends: classique\nroles:\n  body: { sise: 11pt }\n"])
        #expect(try project.run() == 1)
        let report = try project.report()
        #expect(report.written == 3)
        #expect(report.failed.count == 3)
        #expect(report.failed.allSatisfy { $0.style == "casse" && ($0.error ?? "").contains("casse.yml:3:") })
        #expect(!project.files().keys.contains { $0.hasPrefix("metastases/casse/") })
    }

    @Test("one worker and two workers write byte-identical files")
    func deterministicAcrossWorkers() throws {
        // Worker processes run the `feuillet` program itself, which `swift test` builds.
        let feuillet = Support.root.appendingPathComponent(".build/debug/feuillet").path
        let one = try Project(), two = try Project()
        #expect(try one.run() == 0)
        let batch = try Support.tool([feuillet, "batch", two.manifest.path, "--root", Support.root.path, "--jobs", "2", "--quiet"])
        #expect(batch.status == 0, "\(batch.output)")
        #expect(try two.report().written == 6)
        let a = one.files(), b = two.files()
        #expect(a.count == b.count && !a.isEmpty)
        for (path, data) in a { #expect(b[path] == data, "\(path) differs between --jobs 1 and --jobs 2") }
        // With two workers, each makes one file of the contact sheet.
        for sheet in ["contact-sheet.pdf", "contact-sheet-1.png"] {
            let made = FileManager.default.contents(atPath: two.output.appendingPathComponent(sheet).path)
            #expect(made != nil && made == FileManager.default.contents(atPath: one.output.appendingPathComponent(sheet).path), "\(sheet)")
        }
    }

    /// A real `--jobs 2` batch of twelve jobs, returned once it has reported its first.
    func startedBatch(_ project: Project) throws -> Support.Running {
        let feuillet = Support.root.appendingPathComponent(".build/debug/feuillet")
        let batch = try Support.Running(feuillet, ["batch", project.manifest.path, "--root", Support.root.path, "--jobs", "2"])
        var seen = Data()
        while !seen.contains(0x0A) {
            let chunk = batch.errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        return batch
    }

    func finish(_ batch: Support.Running) {
        _ = batch.output.fileHandleForReading.readDataToEndOfFile()
        _ = batch.errors.fileHandleForReading.readDataToEndOfFile()
        batch.ended.wait()
    }

    static let twelveJobs = "[a4, trifold, card-square, card-story, carousel-portrait, carousel-square]"

    @Test("Ctrl-C stops the workers after the job in hand: exit code 130, no partial file, no contact sheet")
    func interrupted() throws {
        let project = try Project(formats: Self.twelveJobs)
        let batch = try startedBatch(project)
        batch.process.interrupt()
        finish(batch)
        #expect(batch.process.terminationStatus == 130)
        let files = project.files()
        let report = try project.report()
        #expect(report.outputs.count < 12, "the batch ran to its end")
        #expect(report.notMade == 12 - report.outputs.count)
        #expect(report.stopped?.hasPrefix("interrupted") == true, "\(report.stopped ?? "")")
        #expect(report.written > 0 && report.failed.isEmpty)
        #expect(!files.keys.contains { $0.hasSuffix(".tmp") }, "\(files.keys.sorted())")
        for (path, data) in files where path.hasSuffix(".png") { #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]) && data.count > 1000, "\(path)") }
        for (path, data) in files where path.hasSuffix(".pdf") { #expect(String(decoding: data.suffix(8), as: UTF8.self).contains("%%EOF"), "\(path)") }
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent("contact-sheet-1.png").path))
    }

    @Test("a worker process that dies fails the job it had in hand; the other worker makes the rest")
    func workerDies() throws {
        let project = try Project(formats: Self.twelveJobs)
        let batch = try startedBatch(project)
        let workers = Self.children(of: batch.process.processIdentifier)
        #expect(workers.count == 2)
        kill(try #require(workers.first), SIGKILL)
        finish(batch)
        #expect(batch.process.terminationStatus == 1)
        let report = try project.report()
        #expect(report.outputs.count == 12)
        #expect((1...2).contains(report.failed.count), "\(report.failed.map(\.key))")
        #expect(report.failed.allSatisfy { ($0.error ?? "").hasPrefix("its worker process was killed by signal 9 before answering") },
                "\(report.failed.map { $0.error ?? "" })")
        #expect(report.written == 12 - report.failed.count)
    }

    @Test("a job past its time limit is stopped and fails with its name; the others are made")
    func timeLimit() throws {
        let project = try Project(formats: "[a4]")
        // An article of a megabyte: its A4 leaflet takes seconds.
        let body = try String(contentsOfFile: Support.article, encoding: .utf8).components(separatedBy: "---\n").last!
        var text = "---\ntitle: \"Un article d’un mégaoctet\"\n---\n"
        while text.utf8.count < 1_000_000 { text += body }
        try text.write(to: project.folder.appendingPathComponent("Articles/enorme.md"), atomically: true, encoding: .utf8)
        try String(contentsOf: project.manifest, encoding: .utf8).replacingOccurrences(of: "[Articles/metastases.md]", with: "[Articles/*.md]")
            .write(to: project.manifest, atomically: true, encoding: .utf8)
        let feuillet = Support.root.appendingPathComponent(".build/debug/feuillet").path
        let started = Date()
        let run = try Support.tool([feuillet, "batch", project.manifest.path, "--root", Support.root.path, "--jobs", "2", "--quiet", "--job-time", "1"])
        #expect(run.status == 1, "\(run.output)")
        #expect(Date().timeIntervalSince(started) < 20)
        let report = try project.report()
        #expect(report.failed.map(\.key).sorted() == ["enorme/bleu/a4", "enorme/vert/a4"], "\(report.failed.map(\.key))")
        #expect(report.failed.allSatisfy { ($0.error ?? "").contains("took more than 1 s, the time limit of a job") })
        #expect(report.written == 2)
        #expect(run.output.contains("failed: 2 jobs (enorme/bleu/a4, enorme/vert/a4): it took more than 1 s"), "\(run.output)")
    }

    /// The processes whose parent is `pid`.
    static func children(of pid: Int32) -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { Int32($0) }.filter { child in
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            return stat[stat.index(after: close)...].split(separator: " ").dropFirst().first.flatMap { Int32($0) } == pid
        }
    }

    @Test("shards 1/3, 2/3 and 3/3 together are exactly the whole plan, and their reports merge")
    func shards() throws {
        let manifest = BatchManifest.standard(Support.workspace)
        let whole = try BatchRun(manifest: manifest, workers: 1).plan(Support.workspace).jobs.map(\.key)
        let parts = try (1...3).map { k in
            var run = BatchRun(manifest: manifest, workers: 1)
            run.shard = Shard(index: k, count: 3)
            return try run.plan(Support.workspace).jobs.map(\.key)
        }
        #expect(parts.allSatisfy { !$0.isEmpty })
        #expect(parts.flatMap { $0 }.sorted() == whole.sorted())
        #expect(Set(parts[0]).isDisjoint(with: parts[1]) && Set(parts[1]).isDisjoint(with: parts[2]))

        let project = try Project()
        for k in 1...2 { #expect(try project.run(shard: Shard(index: k, count: 2)) == 0) }
        let reports = (1...2).map { project.output.appendingPathComponent("report-\($0)-of-2.json").path }
        #expect(try BatchRun.mergeReports(reports, into: project.output, workspace: Support.workspace).outputs.count == 6)
        #expect(try project.report().outputs.count == 6)
    }

    @Test("a manifest reads articles from its own folder, or one named with --articles-from; never /etc/passwd")
    func articlesConfined() throws {
        let project = try Project()
        try "articles: [/etc/passwd]\nstyles: [classique]\nformats: [a4]\n".write(to: project.manifest, atomically: true, encoding: .utf8)
        var manifest = try BatchManifest(file: project.manifest.path)
        #expect(throws: BatchPlan.Problem.self) { try BatchRun(manifest: manifest, workers: 1).plan(Support.workspace) }
        do { _ = try BatchRun(manifest: manifest, workers: 1).plan(Support.workspace) } catch {
            #expect("\(error)".contains("/etc/passwd is outside") && "\(error)".contains("--articles-from"), "\(error)")
        }
        manifest.articleFolders.append(URL(fileURLWithPath: "/etc"))
        #expect(try BatchRun(manifest: manifest, workers: 1).plan(Support.workspace).jobs.count == 1)
    }

    @Test("an article pattern that matches nothing is an error naming it")
    func emptyGlob() throws {
        let project = try Project()
        try "articles: [Articles/*.txt]\n".write(to: project.manifest, atomically: true, encoding: .utf8)
        do {
            _ = try BatchRun(manifest: try BatchManifest(file: project.manifest.path), workers: 1).plan(Support.workspace)
            Issue.record("planned a batch of nothing")
        } catch {
            #expect("\(error)".hasSuffix("Articles/*.txt\" matches no file"), "\(error)")
        }
    }

    @Test("two articles of one name in two folders are an error naming both, not one leaflet lost")
    func collidingNames() throws {
        let project = try Project()
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: project.folder.appendingPathComponent("Articles/\(sub)"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Support.article, toPath: project.folder.appendingPathComponent("Articles/\(sub)/x.md").path)
        }
        try "articles: [Articles/a/x.md, Articles/b/x.md]\nformats: [a4]\n".write(to: project.manifest, atomically: true, encoding: .utf8)
        do {
            _ = try BatchRun(manifest: try BatchManifest(file: project.manifest.path), workers: 1).plan(Support.workspace)
            Issue.record("two articles planned into one folder")
        } catch {
            #expect("\(error)".contains("a/x.md and ") && "\(error)".contains("b/x.md would both write to"), "\(error)")
        }
    }

    @Test("a job owns its files: a carousel with fewer slides leaves none of the old ones; a failed job leaves no old file")
    func ownedFiles() throws {
        let project = try Project(formats: "[carousel-square]")
        #expect(try project.run() == 0)
        let folder = project.output.appendingPathComponent("metastases/bleu")
        let slides = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("carousel-square-") }.sorted()
        #expect(slides.count >= 4)
        // Slides of an earlier, longer carousel (and an unrelated file, which stays).
        for extra in ["carousel-square-08.png", "carousel-square-09.png", "notes.txt"] {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(extra).path, contents: Data("old".utf8))
        }
        #expect(try project.run(force: true) == 0)
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(after.filter { $0.hasPrefix("carousel-square-") } == slides, "\(after)")
        #expect(after.contains("notes.txt"))
        // The style breaks: its job fails, and the slides it made before are gone.
        try "extends: classique\nroles:\n  body: { sise: 11pt }\n".write(to: project.folder.appendingPathComponent("Styles/bleu.yml"), atomically: true, encoding: .utf8)
        #expect(try project.run() == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("carousel-square-") }.isEmpty)
    }

    @Test("names from a manifest cannot lead outside the output folder")
    func confinedNames() {
        #expect(OutputLocation.safeName("../../etc/passwd") == "passwd")
        #expect(OutputLocation.safeName("/tmp/x/Styles/bleu.yml") == "bleu")
        #expect(OutputLocation.safeName("..") == "_")
        #expect(!OutputLocation.safeName(".cache").hasPrefix("."))
    }

    @Test("a manifest with a misspelt key fails with its line and a suggestion")
    func badManifest() throws {
        let project = try Project()
        try "articles: [a.md]\nstyle: all\n".write(to: project.manifest, atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try BatchManifest(file: project.manifest.path) }
        do { _ = try BatchManifest(file: project.manifest.path) } catch {
            #expect("\(error)".hasSuffix("lot.yml:2:1: error: style: unknown key; did you mean \"styles\"?"), "\(error)")
        }
    }

    @Test("an output folder that is a link to elsewhere is refused, not followed")
    func symlinkedOutput() throws {
        let project = try Project()
        let elsewhere = Support.temporaryFolder()
        try FileManager.default.createDirectory(at: project.output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: project.output.appendingPathComponent("metastases"), withDestinationURL: elsewhere)
        #expect(try project.run() == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty, "files were written through the link")
        #expect(try project.report().failed.allSatisfy { ($0.error ?? "").contains("outside the output folder") })
    }

    @Test("the batch report carries the preflight findings of each leaflet")
    func preflightInReport() throws {
        let project = try Project(styles: ["pale": "extends: classique\nroles:\n  body: { color: \"#d0d0d0\" }\n"], formats: "[a4]")
        #expect(try project.run() == 0)
        let findings = try project.report().outputs.flatMap(\.findings)
        #expect(findings.contains { $0.severity == .error && $0.rule == "contrast" }, "\(findings)")
    }

    @Test("what the article holds that Feuillet cannot show is an error in the report of each of its outputs")
    func notShownInReport() throws {
        let project = try Project(formats: "[a4, card-square]")
        let article = project.folder.appendingPathComponent("Articles/metastases.md")
        try (String(contentsOf: article, encoding: .utf8) + "\nUne note[^1].\n\n[^1]: Le texte de la note.\n").write(to: article, atomically: true, encoding: .utf8)
        #expect(try project.run() == 0)
        let outputs = try project.report().outputs
        #expect(!outputs.isEmpty)
        for output in outputs {
            #expect(output.findings.filter { $0.severity == .error && $0.rule == "not-shown" }.count == 2, "\(output.target): \(output.findings)")
        }
    }
}
