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
/// lines, then cuts each line's glyphs from the paragraph's (`ShapedParagraph+Lines`) and
/// justifies it by changing the advances of its word spaces only (within the breaker's
/// bounds), its edge punctuation hanging into the margins.
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
                                        letterShrink: LineBreaker.letterShrinkShare * style.size,
                                        letterStretchLimit: LineBreaker.letterStretchLimitShare * style.size))
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
        var lineText = String(decoding: p.bytes[range], as: UTF8.self)
        if hyphen { lineText += p.hyphen }
        let runs = p.lineRuns(range, hyphen: hyphen)
        let adjustment = width.map { Self.justify(runs, text: Array(lineText.utf8), to: $0, letters: letters) } ?? 0
        let line = TextLine(runs: runs, text: lineText, style: p.style, empty: p.emptyExtents, justified: width != nil,
                            spaceAdjustment: adjustment, letterAdjustment: letters, naturalSpace: p.spaceWidth, hyphenated: hyphen,
                            hangsLeft: hangs.left, hangsRight: hangs.right)
        let links = p.text.spans.compactMap { span -> (x: Double, width: Double, url: String)? in
            guard let url = span.link else { return nil }
            let lo = max(span.range.lowerBound, range.lowerBound), hi = min(span.range.upperBound, range.upperBound)
            guard lo < hi else { return nil }
            let r = line.xRange((lo - range.lowerBound)..<(hi - range.lowerBound + (hi == range.upperBound && hyphen ? p.hyphen.utf8.count : 0)))
            return (r.lowerBound, r.upperBound - r.lowerBound, url)
        }
        return (line, links)
    }

    /// Sets the line of `runs` (showing `text`) to `width`: each letter (a glyph cluster
    /// other than a word space, as the breaker counts them: `BreakCandidate.wordSpace`) but
    /// the last gains `letters` points (its share of the slack, as the breaker gave it) on its last
    /// glyph's advance, so that a mark stays on its letter, and the word spaces widen (or
    /// narrow) by the rest, nothing else moving: the line meets its measure exactly, to
    /// Pango's unit. Returns what each space gained, in points.
    private static func justify(_ runs: [GlyphRun], text: [UInt8], to width: Double, letters: Double) -> Double {
        var spaces: [UnsafeMutablePointer<PangoGlyphInfo>] = [], clusterEnds: [UnsafeMutablePointer<PangoGlyphInfo>] = []
        var natural = 0
        let wordSpace = UInt8(BreakCandidate.wordSpace.value)
        for run in runs {
            let g = run.glyphs.pointee, offset = Int(run.pangoItem.pointee.offset), n = Int(g.num_glyphs)
            for i in 0..<n {
                natural += Int(g.glyphs[i].geometry.width)
                if text[offset + Int(g.log_clusters[i])] == wordSpace { spaces.append(g.glyphs + i) }
                else if i == n - 1 || g.log_clusters[i + 1] != g.log_clusters[i] { clusterEnds.append(g.glyphs + i) }
            }
        }
        guard !spaces.isEmpty else { return 0 }
        let extra = Int32((letters * Double(PANGO_SCALE)).rounded())
        for glyph in clusterEnds.dropLast() {
            glyph.pointee.geometry.width += extra
            natural += Int(extra)
        }
        // The difference in Pango units, shared out: the first spaces take the remainder.
        let delta = Int((width * Double(PANGO_SCALE)).rounded()) - natural
        let each = delta / spaces.count, rest = delta - each * spaces.count
        for (n, space) in spaces.enumerated() {
            space.pointee.geometry.width += Int32(each + (n < abs(rest) ? rest.signum() : 0))
        }
        return Double(delta) / Double(spaces.count) / Double(PANGO_SCALE)
    }

    static func width(of layout: OpaquePointer) -> Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }
}
