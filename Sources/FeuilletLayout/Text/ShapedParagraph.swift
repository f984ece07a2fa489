internal import CPangoCairo
import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting

/// A paragraph shaped by Pango as one long line: the measuring stick for line breaking,
/// and the glyphs its lines are cut from (`ShapedParagraph+Lines`).
final class ShapedParagraph {
    /// A break candidate plus the byte offsets where the line would end and the next begin.
    struct Candidate {
        var candidate: BreakCandidate
        var lineEnd: Int
        var nextStart: Int
    }

    let engine: TextEngine
    let text: StyledText
    let style: TextStyle
    /// The role's font (`PangoFontDescription*`, owned).
    let font: OpaquePointer
    private let layout: OpaquePointer
    /// The layout's glyph runs, in order (the layout owns them).
    let runs: [UnsafeMutablePointer<PangoGlyphItem>]
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    private let scalars: [Unicode.Scalar]
    /// Byte offset of each scalar, plus the end.
    private let byteAt: [Int]
    /// x of each scalar's start, plus the end of the line, in points.
    private let xAt: [Double]
    /// Whether a glyph cluster starts at each byte (and at the end): where the glyphs can be cut.
    let clusterStarts: [Bool]
    let spaceWidth: Double
    let hyphenWidth: Double
    /// Points added to each narrow no-break space, drawn narrower where the font's is too wide.
    let narrow: Double
    /// U+2010 when the font has it, else the hyphen-minus.
    let hyphen: String

    init(engine: TextEngine, text: StyledText, style: TextStyle) {
        self.engine = engine
        self.text = text
        self.style = style
        font = TextEngine.fontDescription(style)
        layout = engine.makeLayout()
        pango_layout_set_font_description(layout, font)
        pango_layout_set_text(layout, text.string, -1)
        narrow = NarrowSpace.correction(fontWidth: engine.width(of: String(NarrowSpace.character), font: font), size: style.size)
        let attrs = Attributes.list(for: text, style: style, range: 0..<text.string.utf8.count, narrow: narrow)
        pango_layout_set_attributes(layout, attrs)
        pango_attr_list_unref(attrs)
        scalars = Array(text.string.unicodeScalars)
        var offsets = [0]
        for s in scalars { offsets.append(offsets.last! + String(s).utf8.count) }
        byteAt = offsets
        bytes = Array(text.string.utf8)
        runs = Self.runs(layout)
        (xAt, clusterStarts) = Self.positions(runs, byteAt: offsets)
        hyphen = engine.fontHasCharacter(font, 0x2010) ? "\u{2010}" : "-"
        spaceWidth = engine.width(of: " ", font: font)
        hyphenWidth = engine.width(of: hyphen, font: font)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        pango_font_description_free(font)
    }

    /// Where the character `char` (a scalar's index) starts on the shaped line.
    func x(_ char: Int) -> Double { xAt[char] }

    /// The glyph runs of every line of the layout: a forced break (a Markdown hard break)
    /// starts another, and the characters after it must be measured and drawn too.
    private static func runs(_ layout: OpaquePointer) -> [UnsafeMutablePointer<PangoGlyphItem>] {
        var result: [UnsafeMutablePointer<PangoGlyphItem>] = []
        var lineNode = pango_layout_get_lines_readonly(layout)
        while let lineItem = lineNode {
            var run = lineItem.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self).pointee.runs
            while let node = run {
                if let glyphItem = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                   glyphItem.pointee.item != nil, glyphItem.pointee.glyphs != nil {
                    result.append(glyphItem)
                }
                run = node.pointee.next
            }
            lineNode = lineItem.pointee.next
        }
        return result
    }

    /// Where each character starts on the shaped line (and where the line ends), read in
    /// one walk over Pango's glyph runs: asking Pango character by character costs a scan
    /// of the text each time. Characters inside a cluster (a ligature) share its width
    /// evenly.
    private static func positions(_ runs: [UnsafeMutablePointer<PangoGlyphItem>], byteAt: [Int]) -> (x: [Double], clusterStarts: [Bool]) {
        let bytes = byteAt.last ?? 0
        var clusterWidth = [Int32?](repeating: nil, count: bytes + 1)
        for glyphItem in runs {
            let item = glyphItem.pointee.item!, glyphs = glyphItem.pointee.glyphs!
            for g in 0..<Int(glyphs.pointee.num_glyphs) {
                let byte = Int(item.pointee.offset + glyphs.pointee.log_clusters[g])
                if byte <= bytes { clusterWidth[byte] = (clusterWidth[byte] ?? 0) + glyphs.pointee.glyphs[g].geometry.width }
            }
        }
        // Clusters placed in logical order: runs drawn right to left (an Arabic word) are in
        // visual order above, and would make x go backwards, which the line breaker cannot use.
        var clusterStart = [Int32?](repeating: nil, count: bytes + 1)
        var x: Int32 = 0
        for byte in 0..<bytes {
            guard let width = clusterWidth[byte] else { continue }
            clusterStart[byte] = x
            x += width
        }
        clusterStart[bytes] = x
        // Each character: its cluster's start, plus its share of the cluster's width.
        var result = [Double](repeating: 0, count: byteAt.count)
        var start = 0
        while start < byteAt.count - 1 {
            var end = start + 1
            while end < byteAt.count - 1 && clusterStart[byteAt[end]] == nil { end += 1 }
            let from = Double(clusterStart[byteAt[start]] ?? 0), to = Double(clusterStart[byteAt[end]] ?? x)
            for c in start..<end { result[c] = (from + (to - from) * Double(c - start) / Double(end - start)) / Double(PANGO_SCALE) }
            start = end
        }
        result[byteAt.count - 1] = Double(x) / Double(PANGO_SCALE)
        var starts = clusterWidth.map { $0 != nil }
        starts[bytes] = true
        return (result, starts)
    }

    /// Characters no line may start with, and the one no line may end with (French rules).
    static let noLineStart: Set<Unicode.Scalar> = [":", ";", "!", "?", "»", ")", "…"]
    static let noLineEnd: Set<Unicode.Scalar> = ["«", "("]
    /// Where an address may break before a character (a dot, a hyphen).
    static let addressBreaksBefore: Set<Unicode.Scalar> = [".", "-"]

    /// Break candidates; `narrowest` is the smallest line width, below which a word gets
    /// emergency breaks between its characters.
    func candidates(hyphenator: Hyphenator?, narrowest: Double) -> [Candidate] {
        var attrCount: Int32 = 0
        let attrs = pango_layout_get_log_attrs_readonly(layout, &attrCount)!
        let tokens = self.tokens
        var spacesBefore = [0]
        for s in scalars { spacesBefore.append(spacesBefore.last! + (s == BreakCandidate.wordSpace ? 1 : 0)) }
        var lettersBefore = [0]
        for (k, s) in scalars.enumerated() {
            lettersBefore.append(lettersBefore.last! + (clusterStarts[byteAt[k]] && s != BreakCandidate.wordSpace ? 1 : 0))
        }
        var found: [(at: Int, kind: BreakCandidate.Kind, end: Int)] = []
        for i in 1..<scalars.count {
            let a = attrs[i]
            if a.is_mandatory_break != 0 {
                found.append((i, .forced, i - 1))
            } else if a.is_line_break != 0 {
                if scalars[i - 1].properties.isWhitespace {
                    var j = i - 1
                    // Not back over a hard line break: the line before it has ended already.
                    while j > 0 && scalars[j - 1].properties.isWhitespace && attrs[j].is_mandatory_break == 0 { j -= 1 }
                    // A break inside a run of blanks (a space, then a tab) is left to the run's end.
                    guard j > 0, !scalars[i].properties.isWhitespace, !Self.noLineStart.contains(scalars[i]),
                          !Self.noLineEnd.contains(scalars[j - 1]) else { continue }
                    found.append((i, .space, j))
                } else if TextToken.hyphenScalars.contains(scalars[i - 1]) {
                    found.append((i, hyphenBreak(at: i, hyphenator: hyphenator, tokens: tokens), i))
                } else {
                    // After a slash, only URLs break freely: 15 mg/kg stays whole if it can.
                    let slash = scalars[i - 1] == "/" && !tokens.contains { $0.isAddress && $0.range.contains(i) }
                    found.append((i, slash ? .emergency : .plain, i))
                }
            }
        }
        // An address may break after any of its slashes (not inside "//"), and before a dot
        // or a hyphen, so that the next line starts with ".fr" or "-exemple" and reads as the
        // address going on, never as a word hyphenated.
        for token in tokens where token.isAddress {
            // Not before the dot that ends the sentence.
            let inside = token.range.dropFirst().dropLast().filter { i in
                scalars[i - 1] == "/" && scalars[i] != "/" || Self.addressBreaksBefore.contains(scalars[i]) && scalars[i - 1] != "/"
            }
            found.removeAll { f in inside.contains(f.at) || token.range.contains(f.at) && scalars[f.at - 1] == "-" }
            found += inside.map { ($0, .plain, $0) }
        }
        for token in tokens where x(token.range.upperBound) - x(token.range.lowerBound) > narrowest {
            let taken = Set(found.map(\.at))
            found += token.range.dropFirst().filter { attrs[$0].is_cursor_position != 0 && !taken.contains($0) }.map { ($0, .emergency, $0) }
        }
        if let hyphenator {
            let whole = tokens.filter { $0.isAddress || $0.isCode }.map(\.range)
            found += hyphenationPoints(hyphenator, whole: whole).map { ($0, .hyphen, $0) }
        }
        found.sort { $0.at < $1.at }
        var end = scalars.count
        while end > 0 && scalars[end - 1].properties.isWhitespace && attrs[end].is_mandatory_break == 0 { end -= 1 }
        found.append((scalars.count, .end, end))
        return found.map { f in
            Candidate(candidate: BreakCandidate(kind: f.kind, lineEndX: x(f.end), nextStartX: x(f.at),
                                                spacesBefore: spacesBefore[f.end], spacesBeforeNext: spacesBefore[f.at],
                                                endProtrusion: f.end > 0 ? Protrusion.right(scalars[f.end - 1]) * (x(f.end) - x(f.end - 1)) : 0,
                                                nextStartProtrusion: leftProtrusion(f.at),
                                                lettersBefore: lettersBefore[f.end], lettersBeforeNext: lettersBefore[f.at]),
                      lineEnd: byteAt[f.end], nextStart: byteAt[f.at])
        }
    }

    /// How far a line starting at character `i` may hang past the left edge (`Protrusion`).
    func leftProtrusion(_ i: Int) -> Double {
        i < scalars.count ? Protrusion.left(scalars[i]) * (x(i + 1) - x(i)) : 0
    }

    /// What a break after the hyphen before `i` is: where the style hyphenates and the
    /// parts on both sides keep the minima (week-/end, never parlez-/en), a hyphenated line
    /// end; else a break used only when nothing else fits. Never inside a code (NT-proBNP)
    /// or an address.
    private func hyphenBreak(at i: Int, hyphenator: Hyphenator?, tokens: [Token]) -> BreakCandidate.Kind {
        guard let hyphenator, !tokens.contains(where: { ($0.isAddress || $0.isCode) && $0.range.contains(i) }) else { return .emergency }
        var left = i - 1, right = i
        while left > 0 && scalars[left - 1].properties.isAlphabetic { left -= 1 }
        while right < scalars.count && scalars[right].properties.isAlphabetic { right += 1 }
        return hyphenator.allows(left: i - 1 - left, right: right - i) ? .hardHyphen : .emergency
    }

    /// Hyphenation points of the words French rules allow to split: not the last word,
    /// not a capitalised word, not inside a link, an address or a code, never next to an apostrophe.
    private func hyphenationPoints(_ hyphenator: Hyphenator, whole: [Range<Int>]) -> [Int] {
        var words: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            guard Self.isLetter(scalars[i]) else { i += 1; continue }
            var j = i
            while j < scalars.count && (Self.isLetter(scalars[j]) || TextToken.joinerScalars.contains(scalars[j])) { j += 1 }
            words.append(i..<j)
            i = j
        }
        let linkBytes = text.spans.compactMap { $0.link == nil ? nil : $0.range }
        return words.dropLast().flatMap { word -> [Int] in
            // A word too short to keep the minima on both sides of any break has none.
            guard (1..<word.count).contains(where: { hyphenator.allows(left: $0, right: word.count - $0) }),
                  !scalars[word.lowerBound].properties.isUppercase, !whole.contains(where: { $0.overlaps(word) }),
                  !linkBytes.contains(where: { $0.overlaps(byteAt[word.lowerBound]..<byteAt[word.upperBound]) }) else { return [] }
            return hyphenator.points(in: scalars[word]).map { word.lowerBound + $0 }
        }
    }

    /// Unicode's alphabetic property, ASCII told without its tables.
    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? ("a"..."z").contains(s) || ("A"..."Z").contains(s) : s.properties.isAlphabetic
    }

    /// A run of characters between spaces, and whether it is an address or a code (`TextToken`).
    private struct Token {
        var range: Range<Int>
        var isAddress: Bool
        var isCode: Bool
    }

    private var tokens: [Token] {
        var result: [Token] = []
        var start: Int?
        for i in 0...scalars.count {
            let white = i == scalars.count || scalars[i].properties.isWhitespace
            if !white && start == nil { start = i }
            if white, let s = start {
                result.append(Token(range: s..<i, isAddress: TextToken.isAddress(scalars[s..<i]), isCode: TextToken.isCode(scalars[s..<i])))
                start = nil
            }
        }
        return result
    }
}
