import Foundation
import Testing
@testable import FeuilletBatch
import FeuilletPipeline
import FeuilletTestSupport

/// Scale-out on a job array: `--shard /N` takes K from the engine's variable; shards run as
/// separate processes and their reports and thumbnails merge into what one batch makes.
@Suite("Batch: shards on job arrays, merged")
struct ShardTests {
    static let feuillet = Support.root.appendingPathComponent(".build/debug/feuillet").path

    @Test("--shard /N reads each job array's index", arguments: [
        (["JOB_COMPLETION_INDEX": "1"], 2),
        (["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "3"], 3),
        (["SLURM_ARRAY_TASK_ID": "0"], 1),
        (["AWS_BATCH_JOB_ARRAY_INDEX": "2"], 3),
        (["PARALLEL_SEQ": "1"], 1),
    ])
    func environment(variables: [String: String], index: Int) throws {
        #expect(try Shard(parsing: "/3", environment: variables) == Shard(index: index, count: 3))
        // K/N given: the environment is not read.
        #expect(try Shard(parsing: "1/2", environment: variables) == Shard(index: 1, count: 2))
    }

    @Test("a wrong shard says why", arguments: [
        ("/3", [String: String](), "no job-array index in the environment (JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID, AWS_BATCH_JOB_ARRAY_INDEX, PARALLEL_SEQ)"),
        ("/3", ["JOB_COMPLETION_INDEX": "3"], "JOB_COMPLETION_INDEX=3 is not a task of an array of 3 (numbered from 0)"),
        ("/3", ["PARALLEL_SEQ": "0"], "PARALLEL_SEQ=0 is not a task of an array of 3 (numbered from 1)"),
        ("/3", ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "4"], "the Slurm array has 4 tasks"),
        ("4/3", [:], "must be K/N with 1 ≤ K ≤ N"),
        ("3", [:], "must be K/N"),
    ])
    func invalid(text: String, variables: [String: String], expected: String) {
        do {
            _ = try Shard(parsing: text, environment: variables)
            Issue.record("accepted \(text) with \(variables)")
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
        }
    }

    /// The report's outputs without their times.
    static func outcome(_ report: BatchReport) -> [String] {
        report.outputs.map { "\($0.key) \($0.status) \($0.files) \($0.pages) \($0.findings) \($0.error ?? "") \($0.reason ?? "")" }
    }

    func batch(_ project: BatchTests.Project, _ arguments: [String], environment: [String: String] = [:]) throws -> Support.Running {
        try Support.Running(URL(fileURLWithPath: "/usr/bin/env"),
                                      environment.map { "\($0.key)=\($0.value)" } + [Self.feuillet, "batch", project.manifest.path, "--root", Support.root.path, "--quiet", "--jobs", "1"] + arguments)
    }

    func finish(_ running: Support.Running) -> (status: Int32, output: String) {
        let out = running.output.fileHandleForReading.readDataToEndOfFile(), err = running.errors.fileHandleForReading.readDataToEndOfFile()
        running.ended.wait()
        return (running.process.terminationStatus, String(decoding: out + err, as: UTF8.self))
    }

    @Test("3 shards run side by side as GNU Parallel runs them (PARALLEL_SEQ, --shard /3), merged: the files, report and contact sheet of one batch")
    func parallelShardsEqualOneBatch() throws {
        let formats = "[a4, quote-square, card-square, carousel-portrait]"
        let one = try BatchTests.Project(formats: formats), split = try BatchTests.Project(formats: formats)
        let whole = finish(try batch(one, []))
        #expect(whole.status == 0, "\(whole.output)")
        // parallel -j3 feuillet batch lot.yml --shard /3 ::: 1 2 3  (each with its PARALLEL_SEQ)
        let shards = try (1...3).map { try batch(split, ["--shard", "/3"], environment: ["PARALLEL_SEQ": "\($0)"]) }
        for (n, shard) in shards.enumerated() {
            let run = finish(shard)
            #expect(run.status == 0, "shard \(n + 1): \(run.output)")
        }
        let reports = (1...3).map { split.output.appendingPathComponent("report-\($0)-of-3.json").path }
        #expect(reports.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect(!FileManager.default.fileExists(atPath: split.output.appendingPathComponent("contact-sheet.pdf").path), "a shard made a contact sheet")
        let merged = finish(try batch(split, ["--merge-reports"] + reports))
        #expect(merged.status == 0, "\(merged.output)")
        #expect(Self.outcome(try split.report()) == Self.outcome(try one.report()))
        #expect(try split.report().skipped.count == 2)
        let a = one.files(), b = split.files()
        #expect(a.count == b.count && a.count > 6, "\(a.keys.sorted()) \(b.keys.sorted())")
        for (path, data) in a { #expect(b[path] == data, "\(path) differs between one batch and three shards") }
        for sheet in ["contact-sheet.pdf", "contact-sheet-1.png"] {
            let mine = FileManager.default.contents(atPath: split.output.appendingPathComponent(sheet).path)
            #expect(mine != nil && mine == FileManager.default.contents(atPath: one.output.appendingPathComponent(sheet).path), "\(sheet)")
        }
        // Up to date afterwards, for a whole batch too: the shards' states merged.
        let again = finish(try batch(split, []))
        #expect(again.output.contains(": 0 written, 6 up to date, 2 skipped, 0 failed"), "\(again.output)")
    }

    @Test("JOB_COMPLETION_INDEX=1 with --shard /3 makes the files --shard 2/3 makes")
    func kubernetesIndexIsSecondShard() throws {
        let formats = "[a4, trifold, card-square, card-story, carousel-square, carousel-portrait]"
        let indexed = try BatchTests.Project(formats: formats), named = try BatchTests.Project(formats: formats)
        let a = finish(try batch(indexed, ["--shard", "/3"], environment: ["JOB_COMPLETION_INDEX": "1"]))
        let b = finish(try batch(named, ["--shard", "2/3"]))
        #expect(a.status == 0 && b.status == 0, "\(a.output) \(b.output)")
        let x = indexed.files(), y = named.files()
        #expect(!x.isEmpty && x.keys.sorted() == y.keys.sorted())
        for (path, data) in x { #expect(y[path] == data, "\(path)") }
        #expect(FileManager.default.fileExists(atPath: indexed.output.appendingPathComponent("report-2-of-3.json").path))
    }
}

/// What docs/SCALE-OUT.md and docs/kubernetes-indexed-job.yaml tell a person to run is what
/// the program takes.
@Suite("Batch: the scale-out docs are true")
struct ScaleOutDocsTests {
    @Test("the Indexed Job's pods, each with its JOB_COMPLETION_INDEX, plan the whole batch between them")
    func kubernetesManifest() throws {
        let text = try String(contentsOf: Support.root.appendingPathComponent("docs/kubernetes-indexed-job.yaml"), encoding: .utf8)
        #expect(text.contains("completionMode: Indexed"))
        let completions = try #require(text.split(separator: "\n").first { $0.contains("completions:") }
            .flatMap { Int($0.split(separator: ":")[1].split(separator: "#")[0].trimmingCharacters(in: .whitespaces)) })
        let line = try #require(text.split(separator: "\n").first { $0.contains("command: [\"feuillet\", \"batch\"") })
        let command = line.split(separator: "[")[1].split(separator: "]")[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        #expect(command.contains("/\(completions)"), "\(command)")
        #expect(text.contains("--merge-reports Output/report-*-of-\(completions).json"))
        let project = try BatchTests.Project(formats: "[a4, trifold, card-square, card-story, carousel-square]")
        // The pod's command, in the test's project: its manifest for lot.yml, --dry-run.
        let arguments = command.dropFirst(2).map { $0 == "lot.yml" ? project.manifest.path : $0 } + ["--root", Support.root.path, "--dry-run"]
        var planned: [String] = []
        for index in 0..<completions {
            let run = try Support.tool(["JOB_COMPLETION_INDEX=\(index)", ShardTests.feuillet, "batch"] + arguments)
            #expect(run.status == 0, "\(run.output)")
            planned += run.output.split(separator: "\n").filter { $0.contains("\t→ ") }.map { String($0.split(separator: "\t")[0]) }
        }
        let whole = try BatchRun(manifest: try BatchManifest(file: project.manifest.path), workers: 1).plan(Support.workspace).jobs.map(\.key)
        #expect(planned.sorted() == whole.sorted())
    }

    @Test("the GNU Parallel command of docs/SCALE-OUT.md gives each shard its PARALLEL_SEQ")
    func parallelCommand() throws {
        let text = try String(contentsOf: Support.root.appendingPathComponent("docs/SCALE-OUT.md"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("seq 3 | parallel ") })
        let words = line.split(separator: " ").map(String.init)
        #expect(words.contains("-N0") && words.contains("-j3"), "one job an input line, nothing added to its command: \(line)")
        let command = Array(words.drop { $0 != "feuillet" })
        #expect(command.starts(with: ["feuillet", "batch", "lot.yml", "--shard", "/3"]), "\(command)")
        let project = try BatchTests.Project(formats: "[a4]")
        let arguments = command.dropFirst(2).map { $0 == "lot.yml" ? project.manifest.path : $0 } + ["--root", Support.root.path, "--dry-run"]
        for seq in 1...3 {
            let run = try Support.tool(["PARALLEL_SEQ=\(seq)", ShardTests.feuillet, "batch"] + arguments)
            #expect(run.status == 0, "\(run.output)")
        }
        #expect(try Support.tool(["PARALLEL_SEQ=4", ShardTests.feuillet, "batch"] + arguments).status != 0)
    }
}
