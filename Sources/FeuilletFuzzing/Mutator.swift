/// A deterministic mutation fuzzer for when libFuzzer is not at hand (and for `make test`):
/// starts from the seeds, and each input is a seed or an earlier input changed a little —
/// bytes flipped, inserted, deleted, repeated, or tokens the parsers care about spliced in.
public struct Mutator {
    private var state: UInt64
    private var pool: [[UInt8]]

    /// Markdown, YAML and typesetting tokens that reach deeper than random bytes.
    static let tokens: [[UInt8]] = ["---\n", "\n", "# ", "- ", "1. ", "> ", "**", "_", "`", "[a](", ")", "![x](", "<div>", "|---|",
                                    ": ", "{", "}", "[", "]", "extends: ", "roles:\n  body:\n    ", "size: ", "pt", "mm", "#",
                                    " « ", " » ", "’", "\u{202F}", "\u{00AD}", "é", "\u{0301}", "😀", "漢", "سرطان", "\t", "\r\n",
                                    "\u{200D}", "\u{FEFF}", "/", "-", "https://", "1200", "%",
                                    "&a ", "*a", "<<: ", "? ", "[*a, *a, *a]"].map { Array($0.utf8) }

    public init(seed: UInt64, seeds: [[UInt8]]) {
        state = seed
        pool = seeds.isEmpty ? [[]] : seeds
    }

    private mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E3779B97F4A7C15  // SplitMix64
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }

    /// The next input; kept in the pool now and then, so changes pile up.
    public mutating func nextInput() -> [UInt8] {
        var input = pool[next(pool.count)]
        for _ in 0...next(4) {
            let at = next(input.count + 1)
            switch next(6) {
            case 0 where !input.isEmpty: input[min(at, input.count - 1)] ^= UInt8(1 << next(8))
            case 1: input.insert(UInt8(next(256)), at: at)
            case 2 where !input.isEmpty: input.removeSubrange(at..<min(input.count, at + 1 + next(16)))
            case 3 where at < input.count:
                let end = min(input.count, at + 1 + next(32))
                let piece = Array(input[at..<end])
                for _ in 0..<(1 + next(8)) { input.insert(contentsOf: piece, at: at) }
            default: input.insert(contentsOf: Self.tokens[next(Self.tokens.count)], at: at)
            }
        }
        if input.count > 64 * 1024 { input.removeLast(input.count - 64 * 1024) }
        if next(16) == 0 && pool.count < 2_000 { pool.append(input) }
        return input
    }
}
