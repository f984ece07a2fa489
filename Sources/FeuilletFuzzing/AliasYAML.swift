/// A style sheet heavy in anchors and aliases, built from arbitrary bytes so that libFuzzer
/// and the mutator reach the alias bounds instead of YAML syntax errors. Printable bytes,
/// tabs and line feeds are copied as they are (a seed can be a plain style sheet); the
/// other control bytes write YAML pieces: anchors, aliases of the latest or an earlier
/// anchor, brackets, keys, merge keys, a line copied again, and whole "billion laughs"
/// levels of each kind (aliases in lists, as keys, through `<<`).
struct AliasYAML {
    private(set) var text: [UInt8] = []
    /// Anchors defined so far (named a0, a1…, eight names reused, so anchors are redefined).
    private var anchors = 0

    /// Past the style sheet limit, so the size bound is reached too.
    static let maximumLength = 160_000

    init(_ bytes: [UInt8]) {
        for byte in bytes where text.count < Self.maximumLength {
            switch byte {
            case 0x01: define()
            case 0x02: alias(back: 0)
            case 0x03: alias(back: 1 + anchors % 3)
            case 0x04: write("[")
            case 0x05: write("]")
            case 0x06: write("{ ")
            case 0x07: write(" }")
            case 0x08: write(", ")
            case 0x0B: write(": ")
            case 0x0C: write("<<: ")
            case 0x0E: write("? ")
            case 0x0F: write("- ")
            case 0x10: write("\n  ")
            case 0x11: repeatLine()
            case 0x12: level { "[" + Array(repeating: $0, count: 9).joined(separator: ", ") + "]" }
            case 0x13: level { "{ ? \($0) : x, ? [\($0)] : y, ? [\($0), \($0)] : z }" }
            case 0x14: level { "{ <<: [\($0), \($0)], k: [\($0), \($0), \($0)] }" }
            case 0x15: write("roles:\n  body: { size: 12pt, line-height: 16pt }\n")
            case 0x16: write("extends: classique\n")
            case 0x17: write("\"")
            case 0x18: write("'")
            case 0x19: write(" # ")
            case 0x1A: write("\n")
            case 0x0D, 0x1B...0x1F, 0x00: write(" ")
            default: text.append(byte)
            }
        }
    }

    private mutating func write(_ s: String) { text += Array(s.utf8) }

    private func name(_ n: Int) -> String { "a\(((n % 8) + 8) % 8)" }

    private mutating func define() {
        write("&\(name(anchors)) ")
        anchors += 1
    }

    private mutating func alias(back: Int) {
        write("*\(name(anchors - 1 - back))")
    }

    /// `kN: &aN <body built of the latest anchor's alias>` on a line of its own.
    private mutating func level(_ body: (String) -> String) {
        let previous = anchors == 0 ? "x" : "*\(name(anchors - 1))"
        write("\nk\(anchors): &\(name(anchors)) \(body(previous))\n")
        anchors += 1
    }

    /// The current line again, eight times: long runs of aliases.
    private mutating func repeatLine() {
        let start = (text.lastIndex(of: 0x0A) ?? -1) + 1
        let line = Array(text[start...])
        for _ in 0..<8 { text += [0x0A] + line }
    }
}
