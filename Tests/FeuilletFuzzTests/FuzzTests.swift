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

    @Test("seeds and mutations run without a crash or a broken invariant (which traps)",
          arguments: [(FuzzTarget.markdown, 400), (.raw, 300), (.style, 300), (.styleAliases, 300), (.breaker, 2000), (.paragraph, 150), (.layout, 40)])
    func shortRun(target: FuzzTarget, mutations: Int) {
        // A number of inputs, not a time: the same inputs however loaded the machine is.
        let seeds = target.seeds(root: Self.root)
        let result = FuzzRun(target: target, context: Self.context, seeds: seeds).run(seconds: .infinity, maxInputs: seeds.count + mutations)
        #expect(result.inputs == seeds.count + mutations)
    }
}
