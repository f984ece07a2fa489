import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting
import FeuilletLayout
import FeuilletPipeline

/// What the fuzz targets build once: the fonts of Fonts/, a Pango font map (so one
/// thread only), the hyphenation dictionary, a style loader and a scratch style file.
public final class FuzzContext {
    let engine: TextEngine
    let pipeline: Pipeline
    let hyphenator: Hyphenator
    /// The article the layout target sets (`LayoutArticle`).
    let article: FeuilletModel.Document
    let styles: StyleLoader
    let scratch: URL
    let body: TextStyle
    /// The sheets the layout target has laid out, with their format: the pipeline makes the
    /// same result of the same inputs, so a sheet met again is not laid out again (a
    /// mutation of one value byte often lands on the same edge value as its parent).
    private var laidOut: Set<String> = []
    /// How many inputs the layout target was given, and how many distinct sheets it laid out.
    public private(set) var layoutInputs = 0
    public var distinctSheets: Int { laidOut.count }

    public init(root: URL) throws {
        let workspace = try Workspace(root: root)
        pipeline = Pipeline(workspace: workspace)
        engine = pipeline.engine
        article = try MarkdownImporter().importDocument(LayoutArticle.markdown, file: "layout-article.md").0
        hyphenator = try Hyphenator.shared()
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

    /// The layout target's four targets, chosen by the input's first byte.
    static let layoutTargets: [Target] = [.a4, .print(.dl), .print(.trifold), .cardSquare]

    /// The layout article under a sheet of extreme values, in one of four targets: refused
    /// in words, too long for its format, or laid out with every line inside the page
    /// (`Pipeline.render` refuses text off the page) and finite everywhere.
    func layOut(_ sheet: String, format: UInt8) {
        layoutInputs += 1
        let choice = Int(format) % Self.layoutTargets.count
        guard laidOut.insert("\(choice)\n\(sheet)").inserted else { return }
        _ = FileManager.default.createFile(atPath: scratch.path, contents: Data(sheet.utf8))
        guard let style = try? styles.load(scratch.path) else { return }
        guard let rendition = try? pipeline.render(style.typeset(article), target: Self.layoutTargets[choice],
                                                   options: RenderOptions(preflight: false)) else { return }
        for page in rendition.pages {
            page.frame.walk { origin, _ in
                precondition(origin.x.isFinite && origin.y.isFinite, "an item at \(origin) under\n\(sheet)")
            }
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
