import Foundation
import FeuilletPipeline
import FeuilletStyle
import FeuilletTestSupport

/// An article set in a style on A4 and read back from the PDF with pdftotext -bbox-layout:
/// its blocks of lines of words with their horizontal extent, in pdftotext's reading order.
/// What the French line-end tests hold to the rules.
struct LineEndReading {
    struct Word {
        var text: String
        var x0: Double
        var x1: Double
    }

    let style: StyleSheet
    let blocks: [[[Word]]]

    /// Every shipped style, and the fixture geometry the typesetting issues measure at.
    static let styles = Support.workspace.styles.availableStyles() + [TypographyTests.fixture]
    /// Every sample article in Articles/.
    static let articles = ((try? FileManager.default.contentsOfDirectory(atPath: Support.root.appendingPathComponent("Articles").path)) ?? [])
        .filter { $0.hasSuffix(".md") }.sorted()
    static let cases: [(style: String, article: String)] = styles.flatMap { style in articles.map { (style, $0) } }

    nonisolated(unsafe) private static var read: [String: LineEndReading] = [:]
    private static let lock = NSLock()

    /// The article in the style, rendered once for all the tests that read it.
    static func shared(style: String, article: String) throws -> LineEndReading {
        lock.lock()
        defer { lock.unlock() }
        let key = "\(style)/\(article)"
        if let reading = read[key] { return reading }
        let path = Support.root.appendingPathComponent("Articles/\(article)").path
        let rendition = try Support.rendition(.a4, style: style, article: path, options: RenderOptions(bleed: 0))
        let url = try Support.pipeline.write(rendition, in: OutputLocation(folder: Support.temporaryFolder()))[0]
        let sheet = try Support.workspace.styles.load(style)
        let reading = LineEndReading(style: sheet, xml: try Support.tool(["pdftotext", "-bbox-layout", url.path, "-"]).output)
        read[key] = reading
        return reading
    }

    init(style: StyleSheet, xml: String) {
        self.style = style
        blocks = xml.components(separatedBy: "<block").dropFirst().map { block in
            block.components(separatedBy: "<line").dropFirst().map { line in
                line.matches(of: /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/).map {
                    Word(text: Self.unescaped(String($0.output.3)), x0: Double($0.output.1)!, x1: Double($0.output.2)!)
                }
            }.filter { !$0.isEmpty }
        }
    }

    private static func unescaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Each place where a line ends inside a block: that line, the next one, and the
    /// right end of the block's other lines (how far its measure reaches at least).
    var lineEnds: [(line: [Word], next: [Word], reach: Double)] {
        blocks.flatMap { lines in
            zip(lines.indices, lines.indices.dropFirst()).map { a, b in
                (lines[a], lines[b], lines.indices.filter { $0 != a }.map { lines[$0].last!.x1 }.max() ?? 0)
            }
        }
    }

    /// Every line in reading order.
    var lines: [[Word]] { blocks.flatMap { $0 } }

    /// A line's last word ends on a hyphen, drawn (U+2010) or of the text (week-/end).
    static func endsOnHyphen(_ line: [Word]) -> Bool {
        let last = line.last!.text
        return last.count > 1 && (last.hasSuffix("\u{2010}") || last.hasSuffix("-")) && !last.hasSuffix("--")
    }
}
