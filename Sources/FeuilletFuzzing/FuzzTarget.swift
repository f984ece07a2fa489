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
        case .breaker:
            BreakerInput(bytes).check()
        case .paragraph:
            context.setParagraph(bytes)
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
        case .breaker: return [Array(0..<64), [1, 2, 200, 3, 90, 90, 90, 7], [0, 3, 255, 255, 1]]
        case .paragraph: return files(corpus, ".md").map { Array($0.prefix(600)) } + [Array("Les métastases peuvent-elles disparaître ?".utf8)]
        }
    }
}
