import Foundation
import FeuilletStyle

/// Rewrites the colours of a PDF content stream for the press file: `r g b rg` and `RG`
/// (how Cairo writes every colour) become `c m y k k` and `K` with the inks `inks` gives.
/// Patterns and gradients (`/Pattern cs`, `sh`) keep their names: their resources are
/// converted (`PressShadings`). What cannot be converted this way (other colour spaces,
/// inline images) fails with one line rather than leaving RGB in the file.
struct ContentColors {
    struct Unsupported: Error, CustomStringConvertible {
        var what: String
        var description: String { "the press file cannot convert \(what) to CMYK" }
    }

    let inks: (Color) -> CMYK

    func rewrite(_ content: [UInt8]) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(content.count)
        var copied = 0
        // The operands since the last operator: where each starts and, for numbers, its value.
        var operands: [(start: Int, number: Double?, name: String?)] = []
        var lexer = ContentLexer(content)
        while let token = lexer.next() {
            switch token.kind {
            case .number(let v): operands.append((token.start, v, nil))
            case .name(let n): operands.append((token.start, nil, n))
            case .other: operands.append((token.start, nil, nil))
            case .operator(let op):
                defer { operands.removeAll(keepingCapacity: true) }
                switch op {
                case "rg", "RG":
                    let rgb = operands.suffix(3).compactMap(\.number)
                    guard operands.count >= 3, rgb.count == 3 else { throw Unsupported(what: "a malformed \(op) operator") }
                    let start = operands[operands.count - 3].start
                    out += content[copied..<start]
                    out += Array((Self.text(inks(Color(red: rgb[0], green: rgb[1], blue: rgb[2]))) + (op == "rg" ? " k" : " K")).utf8)
                    copied = token.end
                case "cs", "CS":
                    let space = operands.last?.name
                    guard space == "DeviceGray" || space == "DeviceCMYK" || space == "Pattern" else { throw Unsupported(what: "colour space /\(space ?? "?")") }
                case "BI": throw Unsupported(what: "an inline image")
                default: break
                }
            }
        }
        out += content[copied...]
        return out
    }

    /// What a content stream draws with: the colour of the most ink (`k`, `K`, in %) and
    /// how many colours are still RGB (`rg`, `RG`).
    static func inks(in content: [UInt8]) -> (highest: [Double]?, rgb: Int) {
        var lexer = ContentLexer(content)
        var numbers: [Double] = [], highest: [Double]? = nil, rgb = 0
        while let token = lexer.next() {
            switch token.kind {
            case .number(let v): numbers.append(v)
            case .operator(let op):
                if op == "k" || op == "K", numbers.count >= 4 {
                    let inks = numbers.suffix(4).map { $0 * 100 }
                    if inks.reduce(0, +) > highest.map({ $0.reduce(0, +) }) ?? -1 { highest = inks }
                }
                if op == "rg" || op == "RG" { rgb += 1 }
                numbers.removeAll(keepingCapacity: true)
            default: numbers.removeAll(keepingCapacity: true)
            }
        }
        return (highest, rgb)
    }

    /// Inks as PDF wants them (0…1), to a thousandth of a percent.
    static func text(_ c: CMYK) -> String {
        c.inks.map { v in
            let s = String(format: "%.5f", v / 100)
            let trimmed = s.contains(".") ? String(s.reversed().drop { $0 == "0" }.reversed()) : s
            return trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
        }.joined(separator: " ")
    }
}

/// The tokens of a content stream, as far as colours need them: numbers, names,
/// operators, and everything else (strings, arrays, dictionaries) skipped whole.
struct ContentLexer {
    enum Kind: Equatable { case number(Double), name(String), `operator`(String), other }
    struct Token { var kind: Kind; var start: Int; var end: Int }

    private let bytes: [UInt8]
    private var i = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0 || b == 9 || b == 10 || b == 12 || b == 13 || b == 32 }
    private static func isDelimiter(_ b: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(b) }

    mutating func next() -> Token? {
        while i < bytes.count {
            let b = bytes[i]
            if Self.isSpace(b) { i += 1; continue }
            if b == UInt8(ascii: "%") {
                while i < bytes.count, bytes[i] != 10, bytes[i] != 13 { i += 1 }
                continue
            }
            let start = i
            switch b {
            case UInt8(ascii: "("):
                skipString()
                return Token(kind: .other, start: start, end: i)
            case UInt8(ascii: "<"):
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<") { i += 2 } else {
                    while i < bytes.count, bytes[i] != UInt8(ascii: ">") { i += 1 }
                    i += 1
                }
                return Token(kind: .other, start: start, end: i)
            case UInt8(ascii: ">"):
                i += bytes.count > i + 1 && bytes[i + 1] == UInt8(ascii: ">") ? 2 : 1
                return Token(kind: .other, start: start, end: i)
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                i += 1
                return Token(kind: .other, start: start, end: i)
            case UInt8(ascii: "/"):
                i += 1
                while i < bytes.count, !Self.isSpace(bytes[i]), !Self.isDelimiter(bytes[i]) { i += 1 }
                return Token(kind: .name(String(decoding: bytes[(start + 1)..<i], as: UTF8.self)), start: start, end: i)
            default:
                while i < bytes.count, !Self.isSpace(bytes[i]), !Self.isDelimiter(bytes[i]) { i += 1 }
                if i == start { i += 1 }
                let word = String(decoding: bytes[start..<i], as: UTF8.self)
                let isNumber = word.first.map { $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." } ?? false
                if isNumber, let v = Double(word) { return Token(kind: .number(v), start: start, end: i) }
                return Token(kind: isNumber ? .other : .operator(word), start: start, end: i)
            }
        }
        return nil
    }

    /// A literal string: balanced parentheses, backslash escapes.
    private mutating func skipString() {
        var depth = 0
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\\") { i += 1; continue }
            if b == UInt8(ascii: "(") { depth += 1 }
            if b == UInt8(ascii: ")") { depth -= 1; if depth == 0 { return } }
        }
    }
}
