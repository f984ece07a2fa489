import Foundation
import FeuilletStyle
import FeuilletTypesetting
import FeuilletLayout
import FeuilletPipeline

/// What the fuzz targets build once: the fonts of Fonts/, a Pango font map (so one
/// thread only), the hyphenation dictionary, a style loader and a scratch style file.
public final class FuzzContext {
    let engine: TextEngine
    let hyphenator: Hyphenator
    let styles: StyleLoader
    let scratch: URL
    let body: TextStyle

    public init(root: URL) throws {
        let workspace = try Workspace(root: root)
        engine = Pipeline(workspace: workspace).engine
        hyphenator = workspace.hyphenator
        styles = workspace.styles
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("feuillet-fuzz-\(getpid()).yml")
        body = try styles.load("classique")[.body]
    }

    /// A style sheet from arbitrary bytes: loaded (it may extend the shipped styles) or refused
    /// with one line per problem (a few at most), each naming the file.
    func loadStyle(_ bytes: [UInt8]) {
        _ = FileManager.default.createFile(atPath: scratch.path, contents: Data(bytes))
        do {
            _ = try styles.load(scratch.path)
        } catch {
            let lines = "\(error)".split(separator: "\n", omittingEmptySubsequences: false)
            precondition(lines.count <= StyleLoader.problemLimit + 1 && lines.allSatisfy { $0.contains(scratch.lastPathComponent) },
                         "style errors not one line each naming the file: \(error)")
        }
    }

    /// A paragraph of arbitrary text at a width from the first two bytes: every character
    /// but spaces placed once, in order, and no line wider than its measure unless reported.
    func setParagraph(_ bytes: [UInt8]) {
        guard bytes.count > 2 else { return }
        let width = 20 + Double(Int(bytes[0]) << 8 | Int(bytes[1])) / 65_535 * 500
        var style = body
        style.align = bytes[0] & 1 == 0 ? .justify : .left
        let text = String(decoding: bytes.dropFirst(2), as: UTF8.self)
            .unicodeScalars.filter { $0 != "\0" && !$0.properties.isDefaultIgnorableCodePoint }.map(String.init).joined()
        let lines = ParagraphProbe.lines(text, style: style, width: width, engine: engine, hyphenator: hyphenator)
        let placed = lines.map { $0.hyphenated ? String($0.text.unicodeScalars.dropLast()) : $0.text }.joined()
        func visible(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.filter { !$0.properties.isWhitespace } }
        precondition(visible(placed) == visible(text), "characters lost or added: \(text.debugDescription) → \(lines.map(\.text))")
        for line in lines where line.width > width + 0.5 {
            precondition(line.problem != nil, "line wider than \(width) not reported: \(line.text.debugDescription) (\(line.width))")
        }
    }
}
