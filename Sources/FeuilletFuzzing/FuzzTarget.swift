import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting
import FeuilletLayout

/// A part of the engine that takes arbitrary input, and what must hold for every input:
/// an error or a result, never a crash, a hang or a broken invariant (which traps, so
/// libFuzzer and the mutation fuzzer both see it as a crash).
public enum FuzzTarget: String, CaseIterable, Sendable {
    case markdown, raw, style, breaker, paragraph
    /// The style loader on alias-heavy YAML (`AliasYAML`): bounded, never a blow-up.
    case styleAliases = "style-aliases"
    /// A sheet of extreme values (`StyleValues`) refused in words, or laid out with every
    /// line inside the page (the pipeline's guarantee) in a print format or a card.
    case layout

    /// The longest input libFuzzer makes (`-max_len`, unless one is given): 4 KB of text, or
    /// only the bytes a target reads, so that no run mutates ignored bytes.
    public var inputLength: Int {
        self == .layout ? 1 + StyleValues.inputLength : 4096
    }

    /// Runs one input. `context` holds what is built once (fonts, hyphenation).
    public func run(_ bytes: [UInt8], context: FuzzContext) {
        switch self {
        case .markdown:
            let text = String(decoding: bytes, as: UTF8.self)
            if let (document, _) = try? MarkdownImporter().importDocument(text, file: "fuzz.md") {
                _ = MarkdownWriter().write(document)
            }
        case .raw:
            _ = try? RawArticleImporter().importDocument(String(decoding: bytes, as: UTF8.self), file: "fuzz.txt")
        case .style:
            context.loadStyle(bytes)
        case .styleAliases:
            context.loadStyle(AliasYAML(bytes).text)
        case .breaker:
            BreakerInput(bytes).check()
        case .paragraph:
            context.setParagraph(bytes)
        case .layout:
            context.layOut(StyleValues(Array(bytes.dropFirst())).text, format: bytes.first ?? 0)
        }
    }

    /// Seeds: the corpus files that suit the target, plus a few built-in inputs.
    public func seeds(root: URL) -> [[UInt8]] {
        let corpus = root.appendingPathComponent("Tests/FeuilletEndToEndTests/Corpus")
        func files(_ folder: URL, _ ext: String, prefix: String = "") -> [[UInt8]] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                .filter { $0.hasSuffix(ext) && $0.hasPrefix(prefix) }.compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path).map(Array.init) }
        }
        // Inputs that once crashed the target come first: Corpus/fuzz/<target>-<what>.bin.
        let crashes = files(corpus.appendingPathComponent("fuzz"), ".bin", prefix: rawValue + "-")
        return crashes + ownSeeds(root: root, corpus: corpus, read: { files($0, $1, prefix: $2) })
    }

    private func ownSeeds(root: URL, corpus: URL, read: (URL, String, String) -> [[UInt8]]) -> [[UInt8]] {
        func files(_ folder: URL, _ ext: String) -> [[UInt8]] { read(folder, ext, "") }
        switch self {
        case .markdown: return files(corpus, ".md") + files(root.appendingPathComponent("Articles"), ".md")
        case .raw: return files(corpus, ".txt") + files(root.appendingPathComponent("Tests/FeuilletModelTests/Fixtures"), ".txt")
        case .style: return files(corpus.appendingPathComponent("styles"), ".yml") + files(root.appendingPathComponent("Styles"), ".yml")
        case .styleAliases:
            // Plain alias bombs, then programs: each kind of level repeated, runs of aliases, merges.
            return read(corpus.appendingPathComponent("styles"), ".yml", "alias-") + [
                [0x16] + Array(repeating: 0x12, count: 12), [0x16] + Array(repeating: 0x13, count: 12), [0x16] + Array(repeating: 0x14, count: 12),
                [0x16, 0x15, 0x12, 0x12] + Array("many:".utf8) + [0x1A, 0x0F, 0x02] + Array(repeating: 0x11, count: 14),
                [0x16] + Array("x: ".utf8) + [0x01] + Array("{ a: 1, b: 2 }".utf8) + [0x1A, 0x0E, 0x02, 0x1A] + Array(": ".utf8)
                    + [0x04, 0x02, 0x08, 0x02, 0x05, 0x1A] + Array("y: ".utf8) + [0x06, 0x0C, 0x02, 0x07],
            ]
        case .breaker: return [Array(0..<64), [1, 2, 200, 3, 90, 90, 90, 7], [0, 3, 255, 255, 1]]
        case .paragraph: return files(corpus, ".md").map { Array($0.prefix(600)) } + [Array("Les métastases peuvent-elles disparaître ?".utf8)]
        // Each format, with the body size, letter spacing, margins and columns at their extremes.
        case .layout: return (0..<4).map { [UInt8($0), 0, 4, 2, 16, 14, 15, 17, 10] } + [[1, 0, 5, 21, 27, 19, 20], [3, 12, 5, 13, 4], [0, 0, 230]]
        }
    }
}
