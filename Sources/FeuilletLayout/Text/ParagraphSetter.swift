internal import CPangoCairo
import FeuilletStyle
import FeuilletTypesetting

/// A paragraph broken into lines: each line is a `TextLine` plus where its links are.
struct SetLine {
    var line: TextLine
    /// Offset from the left edge of the measure (indent, centring).
    var x: Double
    var links: [(x: Double, width: Double, url: String)]
    /// What is wrong with the line, if anything (wider than its measure, a word broken
    /// without a hyphen): reported, never hidden.
    var problem: String?
}

/// Sets a paragraph: shapes it once with Pango, finds break candidates (Pango's break
/// opportunities and French hyphenation points), lets the total-fit breaker choose the
/// lines, then shapes each line on its own and justifies it by changing its word spaces
/// only (within the breaker's bounds), its edge punctuation hanging into the margins.
struct ParagraphSetter {
    let engine: TextEngine
    let hyphenator: Hyphenator?
    let maxConsecutiveHyphens: Int
    /// Lines already set, when a document is laid out again with only its spacing changed.
    var memo: SetLinesMemo? = nil

    func set(_ text: StyledText, style: TextStyle, width: Double) -> [SetLine] {
        guard !text.isEmpty else { return [] }
        guard let memo else { return set(ShapedParagraph(engine: engine, text: text, style: style), width: width) }
        return memo.lines(text, style: style, width: width) { set(ShapedParagraph(engine: engine, text: text, style: style), width: width) }
    }

    /// An already shaped paragraph at `width`: shaping is most of the cost, and trying
    /// several widths (balancing a card's lines) needs it once.
    func set(_ shaped: ShapedParagraph, width: Double) -> [SetLine] {
        let style = shaped.style
        let indent = style.indent.points(relativeTo: style.size)
        let candidates = shaped.candidates(hyphenator: style.hyphenate ? hyphenator : nil, narrowest: min(width - indent, width))
        let mode: LineBreaker.Mode = style.align == .justify ? .justified : .ragged
        let breaker = LineBreaker(.init(mode: mode, spaceWidth: shaped.spaceWidth, hyphenWidth: shaped.hyphenWidth,
                                        maxConsecutiveHyphens: maxConsecutiveHyphens, lineWidths: [width - indent, width],
                                        hyphenationZone: LineBreaker.hyphenationZone * style.size,
                                        hyphenProtrusion: Protrusion.right(shaped.hyphen.unicodeScalars.first!) * shaped.hyphenWidth,
                                        startProtrusion: shaped.leftProtrusion(0),
                                        letterStretch: LineBreaker.letterStretchShare * style.size,
                                        letterShrink: LineBreaker.letterShrinkShare * style.size))
        let lines = breaker.breakLines(candidates.map(\.candidate))
        return lines.enumerated().map { n, line in
            let start = line.start.map { candidates[$0].nextStart } ?? 0
            let end = candidates[line.end].lineEnd
            let last = candidates[line.end].candidate.kind == .end || candidates[line.end].candidate.kind == .forced
            // A justified line hangs its edge punctuation into the margins (the breaker's
            // protrusion, zero elsewhere): set that much wider, from that much further left.
            let hanging = line.leftProtrusion + line.rightProtrusion
            let measure = n == 0 ? width - indent : width
            let set = makeLine(shaped, range: start..<end, hyphen: line.hyphenated, justifyTo: style.align == .justify && !last ? measure + hanging : nil,
                               hangs: (line.leftProtrusion, line.rightProtrusion), letters: line.letterAdjustment)
            var x = (n == 0 ? indent : 0) - line.leftProtrusion
            switch style.align {
            case .center: x += (measure - set.line.width) / 2
            case .right: x += measure - set.line.width
            case .left, .justify: break
            }
            let problem: String? = line.overfull || set.line.width > measure + hanging + 0.5 ? "a line is wider than its column: \"\(set.line.text)\""
                : line.brokenWord ? "a word too long for its column was broken without a hyphen: \"\(set.line.text)\"" : nil
            return SetLine(line: set.line, x: x, links: set.links, problem: problem)
        }
    }

    private func makeLine(_ p: ShapedParagraph, range: Range<Int>, hyphen: Bool, justifyTo width: Double?, hangs: (left: Double, right: Double),
                          letters: Double)
        -> (line: TextLine, links: [(x: Double, width: Double, url: String)]) {
        let bytes = Array(p.text.string.utf8[p.text.string.utf8.index(p.text.string.utf8.startIndex, offsetBy: range.lowerBound)..<p.text.string.utf8.index(p.text.string.utf8.startIndex, offsetBy: range.upperBound)])
        var lineText = String(decoding: bytes, as: UTF8.self)
        if hyphen { lineText += p.hyphen }
        let layout = engine.makeLayout()
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_font_description(layout, p.font)
        pango_layout_set_text(layout, lineText, -1)
        let letters = width == nil ? 0 : letters
        let attrs = Attributes.list(for: p.text, style: p.style, range: range, narrow: p.narrow, letters: letters)
        defer { pango_attr_list_unref(attrs) }
        pango_layout_set_attributes(layout, attrs)
        var adjustment = 0.0
        if let width {
            let spaces = lineText.utf8.enumerated().filter { $0.element == 0x20 }.map { $0.offset..<($0.offset + 1) }
            let natural = Self.width(of: layout)
            // Spaces stretch or shrink (as far as the breaker allows); nothing else moves.
            // Spacing a space apart splits Pango's runs, which can change kerning across
            // it: measure again and correct, until the line meets its measure.
            var measured = natural
            for _ in 0..<3 where !spaces.isEmpty && abs(measured - width) > 0.001 {
                adjustment += (width - measured) / Double(spaces.count)
                // A new list: Pango ignores a list it already holds, even if changed since.
                let spread = pango_attr_list_copy(attrs)!
                Attributes.spread(spread, ranges: spaces, points: adjustment, base: p.style.letterSpacing.points(relativeTo: p.style.size) + letters)
                pango_layout_set_attributes(layout, spread)
                pango_attr_list_unref(spread)
                measured = Self.width(of: layout)
            }
        }
        let line = TextLine(layout: layout, text: lineText, color: p.style.color, fontSize: p.style.size, justified: width != nil,
                            spaceAdjustment: adjustment, letterAdjustment: letters, naturalSpace: p.spaceWidth, hyphenated: hyphen,
                            hangsLeft: hangs.left, hangsRight: hangs.right)
        let links = p.text.spans.compactMap { span -> (x: Double, width: Double, url: String)? in
            guard let url = span.link else { return nil }
            let lo = max(span.range.lowerBound, range.lowerBound), hi = min(span.range.upperBound, range.upperBound)
            guard lo < hi else { return nil }
            let r = Self.xRange(layout, (lo - range.lowerBound)..<(hi - range.lowerBound + (hi == range.upperBound && hyphen ? p.hyphen.utf8.count : 0)))
            return (r.lowerBound, r.upperBound - r.lowerBound, url)
        }
        return (line, links)
    }

    static func width(of layout: OpaquePointer) -> Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    private static func xRange(_ layout: OpaquePointer, _ bytes: Range<Int>) -> Range<Double> {
        var ranges: UnsafeMutablePointer<Int32>?
        var count: Int32 = 0
        pango_layout_line_get_x_ranges(pango_layout_get_line_readonly(layout, 0),
                                       Int32(bytes.lowerBound), Int32(bytes.upperBound), &ranges, &count)
        defer { g_free(ranges) }
        guard let ranges, count > 0 else { return 0..<0 }
        let lo = Double(ranges[0]) / Double(PANGO_SCALE), hi = Double(ranges[Int(count) * 2 - 1]) / Double(PANGO_SCALE)
        return lo..<max(lo, hi)
    }
}
