import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletCLI

@Suite("Determinism: the same inputs give the same bytes")
struct DeterminismTests {
    /// Every file a render writes into a fresh folder, by name.
    func render(_ extra: [String]) -> [String: Data] {
        let folder = Support.temporaryFolder()
        let status = Support.run(["render", Support.article, "--root", Support.root.path, "--output", folder.appendingPathComponent("out.x").path] + extra).status
        #expect(status == 0)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) ?? Data()) })
    }

    @Test("two renders give byte-identical PDF, PNG and SVG files",
          arguments: [["--type", "pdf"], ["--type", "png"], ["--type", "svg"], ["--format", "card-square"], ["--format", "trifold", "--style", "grand-caractere", "--fit", "shrink"]])
    func rerun(_ options: [String]) {
        let first = render(options), second = render(options)
        #expect(!first.isEmpty)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (name, data) in first { #expect(second[name] == data, "\(name) differs between two runs") }
    }
}

@Suite("Determinism across processes")
struct ProcessDeterminismTests {
    /// `feuillet render` in 30 processes of their own (each with its own hash seed): one
    /// set of bytes. Exact ties in the line breaker once went by the process's hash order.
    @Test("30 renders in separate processes give byte-identical PDFs", arguments: ["metastases", "fievre-enfant", "vaccination-grippe"])
    func thirtyProcesses(article: String) throws {
        let feuillet = Support.root.appendingPathComponent(".build/debug/feuillet")
        let folder = Support.temporaryFolder()
        let path = Support.root.appendingPathComponent("Articles/\(article).md").path
        var outputs = Set<Data>()
        for round in 0..<15 {
            // Two at a time: the machine's cores.
            let runs = try (0..<2).map { n in
                try Support.Running(feuillet, ["render", path, "--root", Support.root.path, "--style", "moderne",
                                               "--output", folder.appendingPathComponent("\(round)-\(n).pdf").path])
            }
            for run in runs {
                _ = run.output.fileHandleForReading.readDataToEndOfFile()
                _ = run.errors.fileHandleForReading.readDataToEndOfFile()
                run.ended.wait()
                #expect(run.process.terminationStatus == 0)
            }
            for n in 0..<2 { outputs.insert(try Data(contentsOf: folder.appendingPathComponent("\(round)-\(n).pdf"))) }
        }
        #expect(outputs.count == 1, "\(outputs.count) different PDFs from 30 renders")
    }
}
