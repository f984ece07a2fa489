internal import CPangoCairo

extension ShapedParagraph {
    /// The glyph runs of the line over the paragraph's bytes `range`, a hyphen added at its
    /// end when `hyphen`: copies of the paragraph's own glyphs, split at the line's ends;
    /// only a word the break cuts (a hyphen added, a break inside a word or a cluster) is
    /// shaped again, so that its kerning and ligatures are those of the word as drawn.
    /// Offsets count bytes from the line's start.
    func lineRuns(_ range: Range<Int>, hyphen: Bool) -> [GlyphRun] {
        let (s, e) = (range.lowerBound, range.upperBound)
        guard s < e else { return hyphen ? shaped(range, hyphen: true, base: s) : [] }
        // The word the line starts with, shaped again when the break before it fell inside it;
        // the word it ends with, when the break after it did, a hyphen is added or it was
        // kerned against the space after it.
        let head = s > 0 && !Self.isBlank(bytes[s - 1]) || !clusterStarts[s] ? min(e, nextBlank(from: s)) : s
        let tail = hyphen || e < bytes.count && !Self.isBlank(bytes[e]) || !clusterStarts[e] || kernedAcross(e) ? max(s, lastBlank(before: e)) : e
        guard head < tail, clusterStarts[head], clusterStarts[tail] else { return shaped(range, hyphen: hyphen, base: s) }
        let middle = cut(head..<tail, base: s)
        // Letter spacing, as Pango shares it: half before and half after each character, but
        // none before a line's first or after its last; a word shaped on its own has none at
        // its ends, a cut one has it on both.
        if head == s && !(s == 0 || bytes[s - 1] == 0x0A), let first = middle.first { first.spaceLeft(-1) }
        if tail == e && !hyphen && e < bytes.count, let last = middle.last { last.spaceRight(-1) }
        let before = head > s ? shaped(s..<head, hyphen: false, base: s, context: 1) : [], after = tail < e || hyphen ? shaped(tail..<e, hyphen: hyphen, base: s) : []
        before.last?.spaceRight(1)
        after.first?.spaceLeft(1)
        return before + middle + after
    }

    /// Where a line's word ends and where the last one starts: at blanks (spaces, tabs, a
    /// forced break), which are clusters of their own.
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }

    private func nextBlank(from i: Int) -> Int {
        var j = i
        while j < bytes.count && !Self.isBlank(bytes[j]) { j += 1 }
        return j
    }

    /// The byte after the last blank before `i` (or `i`'s line start).
    private func lastBlank(before i: Int) -> Int {
        var j = i
        while j > 0 && !Self.isBlank(bytes[j - 1]) { j -= 1 }
        return j
    }

    /// Whether the glyph before byte `e` has its advance changed by the character after it
    /// (a kerning pair across the break: "r" then a space, in some fonts), which the line
    /// ending there must not keep.
    private func kernedAcross(_ e: Int) -> Bool {
        guard e > 0 && e < bytes.count else { return false }
        for run in runs {
            let item = run.pointee.item!, lo = Int(item.pointee.offset)
            guard lo < e && e <= lo + Int(item.pointee.length) else { continue }
            let g = run.pointee.glyphs.pointee
            guard g.num_glyphs > 0 && g.log_clusters[0] <= g.log_clusters[Int(g.num_glyphs) - 1] else { return false }
            var last = -1
            while last + 1 < Int(g.num_glyphs) && lo + Int(g.log_clusters[last + 1]) < e { last += 1 }
            guard last >= 0 else { return false }
            var logical = PangoRectangle()
            pango_font_get_glyph_extents(item.pointee.analysis.font, g.glyphs[last].glyph, nil, &logical)
            // Letter spacing aside (half before and after each character, mid-paragraph).
            return abs(Int(g.glyphs[last].geometry.width) - Int(logical.width) - Int(GlyphRun.letterSpacing(item))) > 2
        }
        return false
    }

    /// Copies of the paragraph's glyph runs over `range`, which starts and ends at cluster
    /// boundaries, split there; offsets counted from `base`.
    private func cut(_ range: Range<Int>, base: Int) -> [GlyphRun] {
        var result: [GlyphRun] = []
        for run in runs {
            let lo = Int(run.pointee.item.pointee.offset), hi = lo + Int(run.pointee.item.pointee.length)
            guard lo < range.upperBound && hi > range.lowerBound else { continue }
            var piece = GlyphRun(taking: pango_glyph_item_copy(run))
            if lo < range.lowerBound, let before = pango_glyph_item_split(piece.glyphItem, text.string, Int32(range.lowerBound - lo)) {
                pango_glyph_item_free(before)
            }
            let start = Int(piece.pangoItem.pointee.offset)
            if hi > range.upperBound, let before = pango_glyph_item_split(piece.glyphItem, text.string, Int32(range.upperBound - start)) {
                piece = GlyphRun(taking: before)
            }
            piece.pangoItem.pointee.offset -= Int32(base)
            result.append(piece)
        }
        return result
    }

    /// The bytes `range` shaped on their own (plus the hyphen), with their attributes;
    /// offsets counted from `base`. With `context`, that many bytes after the range are
    /// shaped too and their glyphs dropped: the word before a space keeps its kerning with it.
    private func shaped(_ range: Range<Int>, hyphen: Bool, base: Int, context: Int = 0) -> [GlyphRun] {
        let shaping = range.lowerBound..<min(bytes.count, range.upperBound + context)
        var piece = String(decoding: bytes[shaping], as: UTF8.self)
        if hyphen { piece += self.hyphen }
        let layout = engine.makeLayout()
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_font_description(layout, font)
        pango_layout_set_text(layout, piece, -1)
        let attrs = Attributes.list(for: text, style: style, range: shaping, narrow: narrow)
        defer { pango_attr_list_unref(attrs) }
        pango_layout_set_attributes(layout, attrs)
        var result: [GlyphRun] = []
        var node = pango_layout_get_line_readonly(layout, 0)?.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) else { continue }
            var copy = GlyphRun(taking: pango_glyph_item_copy(run))
            let bytes = copy.bytes, keep = piece.utf8.count - (shaping.count - range.count)
            if bytes.lowerBound >= keep { continue }
            if bytes.upperBound > keep {
                guard let before = pango_glyph_item_split(copy.glyphItem, piece, Int32(keep - bytes.lowerBound)) else {
                    return shaped(range, hyphen: hyphen, base: base)
                }
                copy = GlyphRun(taking: before)
            }
            copy.pangoItem.pointee.offset += Int32(range.lowerBound - base)
            result.append(copy)
        }
        return result
    }

    /// Logical ascent and descent of an empty line (between two forced breaks), in points.
    var emptyExtents: (ascent: Double, descent: Double) {
        let layout = engine.makeLayout()
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_font_description(layout, font)
        var logical = PangoRectangle()
        pango_layout_line_get_extents(pango_layout_get_line_readonly(layout, 0), nil, &logical)
        return (-Double(logical.y) / Double(PANGO_SCALE), Double(logical.y + logical.height) / Double(PANGO_SCALE))
    }
}
