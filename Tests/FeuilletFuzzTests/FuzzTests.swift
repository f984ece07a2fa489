import Foundation
import Testing
import FeuilletFuzzing

/// A short run of every fuzz target, so a regression on a seed or a near mutation shows in
/// `make test`; `make fuzz` runs them for as long as asked.
@Suite("Fuzzing, briefly", .serialized)
struct FuzzTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// One Pango font map, used by one test at a time (the suite is serialized).
    nonisolated(unsafe) static let context = try! FuzzContext(root: root)

    @Test("seeds and mutations run without a crash or a broken invariant",
          arguments: [(FuzzTarget.markdown, 1.5), (.raw, 1), (.style, 1.5), (.styleAliases, 1.5), (.breaker, 1), (.paragraph, 2.5), (.layout, 3)])
    func shortRun(target: FuzzTarget, seconds: Double) {
        let result = FuzzRun(target: target, context: Self.context, seeds: target.seeds(root: Self.root)).run(seconds: seconds)
        #expect(result.inputs > target.seeds(root: Self.root).count)
    }
}
