import Testing
import FeuilletModel
import FeuilletStyle
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletLayout

/// Lines are cut from their paragraph's shaped glyphs and justified by widening their word
/// spaces' advances: every character of a line is drawn once (a ligature or a word cut by
/// a hyphen shaped again, never drawn on both lines), a justified line meets its measure
/// exactly, and a plain line is one glyph run, so one text object in the PDF.
@Suite("Lines cut from the paragraph's glyphs")
struct LineGlyphsTests {
    static let text = "Les officiers affirment que l’efficacité du traitement suffit : la difficulté afflige "
        + "souvent les effectifs, et la réflexion offre une différence. Les effets indésirables "
        + "sont suivis de près par l’équipe, qui vérifie chaque semaine la tolérance et l’efficacité."

    func lines(_ inlines: [Inline], style name: String = "classique", width: Double) throws -> [(line: TextLine, x: Double)] {
        let style = try Support.workspace.styles.load(name)
        let setter = BlockSetter(setter: ParagraphSetter(engine: Support.pipeline.engine, hyphenator: try Support.workspace.hyphenator(for: "fr"),
                                                         maxConsecutiveHyphens: 3), style: style)
        return setter.paragraph(inlines, role: .body, x: 0, width: width, tag: "P").flatMap { line in
            line.pieces.compactMap { if case .item(let at, .text(let t)) = $0 { (t, at.x) } else { nil } }
        }
    }

    /// The byte ranges the runs' glyphs stand for, in order.
    func ranges(_ line: TextLine) -> [Range<Int>] {
        line.runs.map(\.bytes)
    }

    @Test("every byte of every line is drawn by exactly one run, hyphen included, the runs side by side",
          arguments: ["classique", "moderne", "grand-caractere", "nuit"], [110.0, 150, 230])
    func runsTileTheLine(style: String, width: Double) throws {
        let set = try lines([.text(Self.text)], style: style, width: width)
        if try Support.workspace.styles.load(style)[.body].hyphenate {
            #expect(set.contains { $0.line.hyphenated }, "no line ends hyphenated: the case is not tested")
        }
        for (line, _) in set {
            let r = ranges(line)
            #expect(r.first?.lowerBound == 0 && r.last?.upperBound == line.text.utf8.count, "\(line.text): \(r)")
            #expect(zip(r, r.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }, "\(line.text): \(r)")
            let advances = line.runs.map { Double($0.advance) / 1024 }
            #expect(abs(advances.reduce(0, +) - line.width) < 0.001)
            #expect(zip(line.runs, line.runs.dropFirst()).allSatisfy { abs($0.x + Double($0.advance) / 1024 - $1.x) < 0.001 })
        }
    }

    @Test("a justified line is exactly its measure plus its hanging punctuation; only its word spaces changed")
    func justifiedExactly() throws {
        let width = 160.0
        let set = try lines([.text(Self.text)], width: width)
        let justified = set.filter(\.line.justified)
        #expect(justified.count >= 3)
        for (line, _) in justified {
            #expect(abs(line.width - (width + line.hangsLeft + line.hangsRight)) < 0.002, "\(line.text): \(line.width)")
        }
        // The last line keeps its natural spaces.
        #expect(set.last?.line.justified == false && set.last?.line.spaceAdjustment == 0)
    }

    @Test("a line of one style is one glyph run unless a break cut a word; a bold word or a link adds runs")
    func runsPerLine() throws {
        for (line, _) in try lines([.text(Self.text)], style: "classique", width: 200) {
            let cut = line.hyphenated || line.text.last.map { TextToken.hyphens.contains($0) } == true
            #expect(line.runs.count <= (cut ? 2 : 1) + 1, "\(line.text): \(line.runs.count) runs")
        }
        let styled = try lines([.text("Un mot "), .strong([.text("gras")]), .text(" puis "),
                                .link(url: "https://exemple.fr", [.text("un lien")]), .text(" et la suite.")], width: 400)
        #expect(styled.count == 1)
        #expect(try #require(styled.first).line.runs.count >= 5)
    }

    @Test("a forced line break: the lines after it are cut from the paragraph's later line, whole")
    func forcedBreak() throws {
        let set = try lines([.text("Première ligne courte"), .lineBreak, .text("deuxième ligne"), .lineBreak, .lineBreak, .text("et la fin")], width: 300)
        #expect(set.map(\.line.text) == ["Première ligne courte", "deuxième ligne", "", "et la fin"])
        for (line, _) in set where !line.text.isEmpty {
            #expect(ranges(line).last?.upperBound == line.text.utf8.count)
            #expect(line.ascent > 0 && line.descent > 0)
        }
        let empty = try #require(set.first { $0.line.text.isEmpty })
        #expect(empty.line.runs.isEmpty && empty.line.ascent > 0 && empty.line.width == 0)
    }

    @Test("a link's underline runs under the link's words only, and the link's box covers them")
    func linkUnderline() throws {
        let set = try lines([.text("Voir "), .link(url: "https://exemple.fr", [.text("le site")]), .text(" pour la suite.")], width: 400)
        let line = try #require(set.first?.line)
        let underline = try #require(line.underlines.first)
        #expect(line.underlines.count == 1)
        let bytes = Array(line.text.utf8)
        let start = "Voir ".utf8.count, end = start + "le site".utf8.count
        let link = line.xRange(start..<end)
        #expect(abs(underline.x - link.lowerBound) < 0.5 && abs(underline.maxX - link.upperBound) < 0.5, "\(underline) \(link)")
        #expect(underline.y > 0 && underline.height > 0)
        #expect(link.lowerBound > 0 && link.upperBound < line.width && bytes.count > end)
    }
}
