import Foundation

/// Runs a target on its seeds, then on mutated inputs until the time is up. A broken
/// invariant traps; the run is deterministic (same seed, same inputs), so it replays.
public struct FuzzRun {
    public var target: FuzzTarget
    public var context: FuzzContext
    public var seeds: [[UInt8]]

    public init(target: FuzzTarget, context: FuzzContext, seeds: [[UInt8]]) {
        self.target = target
        self.context = context
        self.seeds = seeds
    }

    public func run(seconds: Double, maxInputs: Int = .max, seed: UInt64 = 8) -> (inputs: Int, seconds: Double) {
        let started = Date()
        var mutator = Mutator(seed: seed, seeds: seeds)
        var count = 0
        while count < maxInputs && (count < seeds.count || Date().timeIntervalSince(started) < seconds) {
            let input = count < seeds.count ? seeds[count] : mutator.nextInput()
            target.run(input, context: context)
            count += 1
        }
        return (count, Date().timeIntervalSince(started))
    }
}
