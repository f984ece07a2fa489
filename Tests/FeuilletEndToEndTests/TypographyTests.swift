import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletCLI
import FeuilletLayout
import FeuilletModel

@Suite("French typesetting on whole documents")
struct TypographyTests {
    static let articles = ["metastases", "fievre-enfant", "vaccination-grippe"]

    func layout(_ markdown: String, style: String = "classique") throws -> Rendition {
        let (document, _) = try MarkdownImporter().importDocument(markdown, file: "test.md")
        return try Support.pipeline.render(try Support.workspace.styles.load(style).typeset(document), target: .a4, options: RenderOptions(bleed: 0))
    }

    func layout(article: String, style: String = "classique") throws -> Rendition {
        let (document, _) = try Support.workspace.loadArticle(Support.root.appendingPathComponent("Articles/\(article).md").path)
        return try Support.pipeline.render(try Support.workspace.styles.load(style).typeset(document), target: .a4, options: RenderOptions(bleed: 0))
    }

    /// A style like classique with four narrow columns, written to a temporary file.
    func narrowStyle(_ extra: String = "") throws -> String {
        let url = Support.temporaryFolder().appendingPathComponent("etroit.yml")
        try "extends: classique\npage: { columns: 4, gutter: 4mm }\n\(extra)".write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The geometry the issue measured WeasyPrint and Typst at: DejaVu Serif 10.5/14.7, A4, two columns.
    static let fixture = Support.root.appendingPathComponent("Tests/FeuilletEndToEndTests/Fixtures/typographie-a4.yml").path

    @Test("the sample article: no hyphen in headings, no French spacing fault, at most 2 hyphens in a row, even spaces")
    func sampleFigures() throws {
        let stats = TypographyStats(pages: try layout(article: "metastases", style: Self.fixture).pages)
        #expect(stats.headingHyphens == 0)
        #expect(stats.frenchSpacingFaults.isEmpty, "\(stats.frenchSpacingFaults)")
        #expect(stats.longestHyphenRun <= 2)
        // The targets of the typesetting issue (WeasyPrint: 29 %, 0.78, 1.29; Typst: 27.5 %, 0.81, 0.91);
        // before letters took a share of the slack: 19.5 %, 0.69, 0.78.
        #expect(stats.hyphenShare <= 0.15, "\(stats.report)")
        #expect(stats.wordGap95 <= 0.67, "\(stats.report)")
        #expect(stats.wordGapMax <= 0.80, "\(stats.report)")
        #expect(stats.justifiedLines > 40)
    }

    /// Every article of Articles/, at the fixture and in the justified shipped style.
    static let justifiedCases: [(style: String, article: String)] = [fixture, "classique"].flatMap { style in
        ((try? FileManager.default.contentsOfDirectory(atPath: Support.root.appendingPathComponent("Articles").path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { (style, String($0.dropLast(3))) }
    }

    @Test("every article, justified: at most 15 % of lines end on a hyphen, at most 2 in a row", arguments: justifiedCases)
    func hyphenShare(style: String, article: String) throws {
        let stats = TypographyStats(pages: try layout(article: article, style: style).pages)
        #expect(stats.hyphenShare <= 0.15, "\(article) in \(style): \(stats.report)")
        #expect(stats.longestHyphenRun <= 2, "\(article) in \(style): \(stats.report)")
    }

    @Test("other articles (lists, numbers and units, quotes, questions, long words) keep the rules", arguments: articles)
    func otherArticles(article: String) throws {
        let result = try layout(article: article)
        let warnings = result.findings.filter { $0.rule == "layout" }
        #expect(warnings.isEmpty, "\(warnings)")
        let stats = TypographyStats(pages: result.pages)
        #expect(stats.frenchSpacingFaults.isEmpty, "\(stats.frenchSpacingFaults)")
        #expect(stats.headingHyphens == 0)
        #expect(stats.longestHyphenRun <= 2)
    }

    @Test("a style's limit of one hyphenated line in a row holds on narrow columns")
    func hyphenRunLimit() throws {
        for article in Self.articles {
            let stats = TypographyStats(pages: try layout(article: article, style: try narrowStyle("typography: { max-consecutive-hyphens: 1 }")).pages)
            #expect(stats.longestHyphenRun <= 1, "\(article): \(stats.report)")
            #expect(stats.hyphenatedLineEnds > 0, "the narrow columns should need some hyphens")
        }
    }

    /// Text lines of the pages in order.
    func lines(_ pages: [Page]) -> [TextLine] {
        pages.flatMap { $0.frame.items.compactMap { if case .text(let l) = $0.item { l } else { nil } } }
    }

    @Test("never split: capitalised words, URLs, numbers, after an apostrophe, the last word of a paragraph")
    func forbiddenSplits() throws {
        let markdown = """
            ---
            title: Test
            ---

            Les patients de l’Organisation mondiale consultent https://www.santepubliquefrance.fr/maladies-et-traumatismes régulièrement depuis 1234567 jours l’immunothérapie Montpellier Strasbourg accompagnement.

            Une phrase assez longue pour remplir plusieurs lignes étroites se termine par anticonstitutionnellement.
            """
        let result = try layout(markdown, style: try narrowStyle())
        let all = lines(result.pages)
        for (i, line) in all.enumerated() where line.hyphenated {
            let fragment = String(line.text.split(separator: " ").last ?? "")
            #expect(!(fragment.first?.isUppercase ?? false), "a capitalised word was split: \(line.text)")
            #expect(!fragment.contains("santepubliquefrance"), "a URL was split with a hyphen: \(line.text)")
            #expect(fragment.allSatisfy { !$0.isNumber }, "a number was split: \(line.text)")
            #expect(!fragment.hasSuffix("’\u{2010}") && !fragment.hasSuffix("’-"), "split right after an apostrophe: \(line.text)")
            if i + 1 < all.count { #expect(!all[i + 1].text.hasPrefix("lement."), "the last word of a paragraph was split") }
        }
    }

    @Test("a word wider than the column is broken, kept inside the column and reported")
    func longWord() throws {
        let word = String(repeating: "anticonstitutionnellement", count: 8)
        let result = try layout("---\ntitle: Test\n---\n\nUn mot \(word) et la suite.\n")
        #expect(result.findings.contains { $0.rule == "layout" && $0.message.contains("broken without a hyphen") }, "\(result.findings)")
        let style = try Support.workspace.styles.load("classique")
        let p = style.page
        let column = (p.width.points() - p.marginLeft.points() - p.marginRight.points() - p.gutter.points()) / 2
        for line in lines(result.pages) { #expect(line.width <= column + 0.05, "\"\(line.text)\" crosses the column edge") }
        let text = lines(result.pages).map(\.text).joined()
        #expect(text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{2010}", with: "").contains(word), "letters of the long word were lost")
    }

    @Test("the space before : ; ! ? is fixed: the same width on every line, however much the line is stretched")
    func fixedPunctuationSpace() throws {
        let (url, _, _) = try Support.render(.a4, style: Self.fixture, into: Support.temporaryFolder())
        let xml = try Support.tool(["pdftotext", "-bbox-layout", url.path, "-"]).output
        // Each <line> holds its <word>s with their boxes; keep gaps before a detached : in body text.
        var gaps: [Double] = []
        for line in xml.components(separatedBy: "<line").dropFirst() {
            let words = line.matches(of: /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/)
            for (a, b) in zip(words, words.dropFirst()) where b.output.5 == ":" {
                let height = Double(a.output.4)! - Double(a.output.2)!
                guard abs(height - 12.22) < 0.2 else { continue }  // 10.5 pt body and list text
                gaps.append(Double(b.output.1)! - Double(a.output.3)!)
            }
        }
        #expect(gaps.count >= 4)
        #expect((gaps.max() ?? 0) - (gaps.min() ?? 0) < 0.05, "gaps before colons differ: \(gaps)")
        #expect((gaps.max() ?? 1) / 10.5 <= 0.33)
    }

    @Test("a style can turn French spacing off: the text then keeps the author's spaces")
    func frenchSpacingOff() throws {
        let off = Support.temporaryFolder().appendingPathComponent("brut.yml")
        try "extends: classique\ntypography: { french-spacing: false }\n".write(to: off, atomically: true, encoding: .utf8)
        let plain = lines(try layout(article: "metastases", style: off.path).pages).map(\.text).joined(separator: " ")
        let french = lines(try layout(article: "metastases").pages).map(\.text).joined(separator: " ")
        #expect(plain.contains("disparaître ?"))
        #expect(french.contains("disparaître\u{202F}?"))
        #expect(!french.contains("disparaître ?"))
    }

    static let typoMetrics = Support.root.deletingLastPathComponent().appendingPathComponent("shared/tools/typo_metrics.py").path

    @Test("--stats agrees with typo_metrics.py read off the PDF", .enabled(if: FileManager.default.fileExists(atPath: typoMetrics)))
    func statsAgreeWithTypoMetrics() throws {
        let (url, pages, _) = try Support.render(.a4, style: Self.fixture, into: Support.temporaryFolder())
        let stats = TypographyStats(pages: pages)
        let output = try Support.tool(["python3", Self.typoMetrics, url.path]).output
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(figures["hyphenated_line_ends"] as? Int == stats.hyphenatedLineEnds)
        #expect(figures["max_consecutive_hyphens"] as? Int == stats.longestHyphenRun)
        #expect(figures["french_spacing_faults"] as? Int == stats.frenchSpacingFaults.count)
        #expect(abs((figures["gap_em_p95"] as? Double ?? 0) - stats.wordGap95) < 0.03, "\(output) vs \(stats.report)")
        #expect(abs((figures["gap_em_max"] as? Double ?? 0) - stats.wordGapMax) < 0.03, "\(output) vs \(stats.report)")
    }

    @Test("justified lines meet their measure in every shipped style's fonts, kerning across stretched spaces included",
          arguments: ["classique", "moderne", "grand-caractere", "nuit"])
    func justifiedInEveryFont(style: String) throws {
        let url = Support.temporaryFolder().appendingPathComponent("justifie.yml")
        try "extends: \(style)\nroles:\n  body: { align: justify, hyphenate: true }\n".write(to: url, atomically: true, encoding: .utf8)
        let result = try layout(article: "metastases", style: url.path)
        let justified = lines(result.pages).filter(\.justified)
        #expect(justified.count > 10)
        let p = try Support.workspace.styles.load(url.path).page
        let column = (p.width.points() - p.marginLeft.points() - p.marginRight.points() - p.gutter.points() * Double(p.columns - 1)) / Double(p.columns)
        // A justified line is as wide as its measure plus what hangs into the margins.
        func measure(_ line: TextLine) -> Double { line.width - line.hangsLeft - line.hangsRight }
        for line in justified { #expect(measure(line) <= column + 0.05, "\(style): \"\(line.text)\" is \(line.width) pt in a \(column) pt column") }
        // Justified lines end on one of a few measures (column, list text, boxed text), never in between.
        let widths = Set(justified.map { (measure($0) * 10).rounded() / 10 })
        #expect(widths.count <= 3, "\(style): justified lines end at \(widths.sorted())")
    }

    @Test("a justified line ending in a hyphen, a comma or a full stop hangs past its column by half or 70 % of the character, as the layout dump says; one ending in a letter does not")
    func protrusion() throws {
        let items = LayoutDump.pages(try layout(article: "metastases", style: Self.fixture).pages).flatMap(\.items)
            .filter { $0.kind == "text" && $0.structure == "P" }
        let p = try Support.workspace.styles.load(Self.fixture).page
        let left = p.marginLeft.points()
        let column = (p.width.points() - left - p.marginRight.points() - p.gutter.points()) / 2
        var hung: [Character: Int] = [:]
        for item in items {
            let x = item.rect.x < left + column ? left : left + column + p.gutter.points()
            let overshoot = item.rect.x + item.rect.width - (x + column)
            // Not a paragraph's last line, nor the lead set across both columns.
            guard overshoot > -0.5, item.rect.width < column + 5, let last = item.text?.last else { continue }
            let hang = item.hangs?[1] ?? 0
            #expect(abs(overshoot - hang) < 0.05, "\(item.text ?? ""): ends \(overshoot) pt past its column, hangs \(hang)")
            if last.isLetter { #expect(hang == 0, "\(item.text ?? "")") }
            if "\u{2010},.".contains(last) {
                // 10.5 pt DejaVu Serif: the hyphen and the comma are 0.34 and 0.32 em wide, the full stop 0.32 em.
                #expect(hang > 1.5 && hang < 2.5, "\(item.text ?? ""): hangs \(hang) pt")
                hung[last, default: 0] += 1
            }
        }
        #expect(hung["\u{2010}", default: 0] >= 5 && hung[".", default: 0] >= 1, "\(hung)")
    }

    @Test("every shipped style holds the typesetting targets on the sample articles", arguments: ["classique", "moderne", "grand-caractere", "nuit"])
    func shippedStyles(style: String) throws {
        let sheet = try Support.workspace.styles.load(style)
        for article in Self.articles {
            let stats = TypographyStats(pages: try layout(article: article, style: style).pages)
            #expect(stats.wordGap95 <= 0.70 && stats.wordGapMax <= 0.85, "\(style), \(article): \(stats.report)")
            #expect(stats.hyphenShare <= 0.20, "\(style), \(article): \(stats.report)")
            #expect(stats.longestHyphenRun <= sheet.typography.maxConsecutiveHyphens)
            #expect(stats.headingHyphens == 0 && stats.frenchSpacingFaults.isEmpty)
        }
    }
}
