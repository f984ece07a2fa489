import FeuilletModel
import FeuilletStyle

/// The checks `feuillet check` runs on an article laid out in a style and format, before
/// anything goes to a printer or a feed: what a reader would miss or struggle with.
public struct Preflight {
    public var document: Document
    public var style: StyleSheet
    public var result: LayoutResult
    /// Print formats are read on paper: body text of 12 pt at least, lines of 45–75 characters.
    public var isPrint: Bool

    public init(document: Document, style: StyleSheet, result: LayoutResult, isPrint: Bool) {
        self.document = document
        self.style = style
        self.result = result
        self.isPrint = isPrint
    }

    /// Smallest body size for the general public (TYPOGRAPHY-FR: 12 pt; 14 pt for low vision).
    public static let minimumBodySize = 12.0
    public static let lineLengths = 45...75

    public func findings() -> [Finding] {
        layoutAndFontFindings() + contrast() + bodySize() + lineLength() + words() + typography() + altTexts()
    }

    /// The findings every output gets, checked or not: what layout reported (lines wider
    /// than their column, text set smaller to fit) and what the fonts could not draw.
    public func layoutAndFontFindings() -> [Finding] {
        result.warnings.map { Finding(.warning, "layout", $0) } + outside() + fonts() + notShown()
    }

    /// What the article holds that Feuillet cannot show: an error, the file still written
    /// (`check` and `--strict` stop it), and in every report.
    private func notShown() -> [Finding] {
        document.notShown.map { Finding(.error, "not-shown", "line \($0.line), column \($0.column): \($0.message)") }
    }

    /// A figure without a description is silent for a screen reader (its `/Alt` is empty).
    private func altTexts() -> [Finding] {
        document.blocks.flatMap(\.figures).filter { $0.alt.allSatisfy(\.isWhitespace) }.map {
            Finding(.warning, "alt-text", "line \($0.line): the image \"\($0.source)\" has no description for screen readers: write what it shows between the brackets, ![…](\($0.source))")
        }
    }

    /// The rule of text placed outside where text may go: such a file is never written.
    public static let outsideRule = "outside"

    /// Lines not inside a safe area of their page (print: the trim less 5 mm, 8 mm from a
    /// fold; cards: the card): text cut off, off the page or mirrored by a wild style value.
    private func outside() -> [Finding] {
        var found: [Finding] = []
        for (n, page) in result.pages.enumerated() {
            let areas = page.sheet?.safeAreas ?? [Rect(x: 0, y: 0, width: page.size.width, height: page.size.height)]
            page.frame.walk { o, placed in
                guard case .text(let line) = placed.item, found.count < 5 else { return }
                let rect = Rect(x: o.x - 0.5, y: o.y - line.ascent - 0.5, width: line.width + 1, height: line.ascent + line.descent + 1)
                guard !areas.contains(where: { $0.contains(rect) }) else { return }
                let text = line.text.count > 40 ? line.text.prefix(39) + "…" : Substring(line.text)
                found.append(Finding(.error, Self.outsideRule, String(format: "page %d: \"%@\" is drawn outside the page's safe area (at x %.0f, y %.0f pt, %.0f pt wide)",
                                                                      n + 1, String(text), o.x, o.y, line.width)))
            }
        }
        return found
    }

    /// The rule of a run drawn in another family than the style's.
    public static let fontFallbackRule = "font-fallback"

    /// The rule of emoji drawn from the colour emoji font: expected, said as a note.
    public static let emojiRule = "emoji"

    private func fonts() -> [Finding] {
        FontCheck.problems(in: result.pages).map { problem in
            switch problem.kind {
            case .missingGlyph: Finding(.error, "missing-glyph", problem.description)
            case .fallback(FontLibrary.emojiFamily) where isPrint:
                // Cairo 1.16's PDF surface draws a colour glyph as its font's 136 × 128 bitmap
                // at a point a pixel, and the words of its line are lost to text extraction.
                Finding(.warning, Self.emojiRule, "\"\(problem.text)\" is an emoji: in a PDF it is drawn as a picture several times the text's size, which breaks its line, and the line's words are lost to copy and search: keep emoji to cards, in \"\(problem.line)\"")
            case .fallback(FontLibrary.emojiFamily):
                Finding(.note, Self.emojiRule, "\"\(problem.text)\" is drawn from \(FontLibrary.emojiFamily), in colour on PNG cards and pages (in a PDF as a picture, which text extraction does not read), in \"\(problem.line)\"")
            case .fallback: Finding(.warning, Self.fontFallbackRule, problem.description)
            }
        }
    }

    private func contrast() -> [Finding] {
        ContrastCheck.problems(in: result.pages).map { p in
            let ratio = (p.ratio * 100).rounded() / 100
            return Finding(.error, "contrast", "\(p.foreground) on \(p.background) is \(ratio):1, under \(p.required == 3 ? "3" : "4.5"):1 (WCAG AA), in \"\(p.text)\"")
        }
    }

    private func bodySize() -> [Finding] {
        let size = style[.body].size * result.scale
        guard isPrint, size < Self.minimumBodySize - 0.01 else { return [] }
        let shown = (size * 10).rounded() / 10
        return [Finding(.error, "body-size", "body text is \(shown) pt, under \(Int(Self.minimumBodySize)) pt for print")]
    }

    /// The median length in characters of the body's full lines (a paragraph's last line,
    /// usually short, left out).
    private func lineLength() -> [Finding] {
        let size = style[.body].size * result.scale
        var lines: [TextLine] = []
        for page in result.pages {
            page.frame.walk { _, placed in
                if case .text(let line) = placed.item, abs(line.fontSize - size) < 0.01 { lines.append(line) }
            }
        }
        let widest = lines.map(\.width).max() ?? 0
        let counts = lines.filter { $0.width > widest * 0.85 }.map(\.text.count).sorted()
        guard isPrint, counts.count >= 5 else { return [] }
        let median = counts[counts.count / 2]
        guard !Self.lineLengths.contains(median) else { return [] }
        return [Finding(.warning, "line-length", "body lines hold \(median) characters, outside \(Self.lineLengths.lowerBound)–\(Self.lineLengths.upperBound)")]
    }

    private func words() -> [Finding] {
        guard isPrint, result.overflow == nil else { return [] }
        let lost = WordPlacement.lostWords(document, pages: result.pages, omitted: result.omitted)
        guard !lost.isEmpty else { return [] }
        return [Finding(.error, "words", "\(lost.count) word(s) of the article are on no page: \(lost.prefix(8).map { "\"\($0)\"" }.joined(separator: ", "))")]
    }

    private func typography() -> [Finding] {
        let stats = TypographyStats(pages: result.pages)
        var found = stats.frenchSpacingFaults.map { Finding(.warning, "french-spacing", "a line starts with : ; ! ? » or ends with «: \"\($0)\"") }
        if stats.headingHyphens > 0 {
            found.append(Finding(.warning, "hyphenation", "\(stats.headingHyphens) heading line(s) end with a hyphen"))
        }
        if stats.longestHyphenRun > style.typography.maxConsecutiveHyphens {
            found.append(Finding(.error, "hyphenation", "\(stats.longestHyphenRun) hyphenated lines in a row, over the style's \(style.typography.maxConsecutiveHyphens)"))
        }
        return found
    }
}
