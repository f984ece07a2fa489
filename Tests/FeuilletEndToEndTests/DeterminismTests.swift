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
