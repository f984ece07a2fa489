internal import CPangoCairo

/// One run of shaped glyphs in one font and style, cut from a paragraph's shaping (or
/// shaped again where a break changed the glyphs): what an exporter draws, with the text
/// it stands for, so that a PDF keeps the words. Owns its `PangoGlyphItem`.
package final class GlyphRun {
    /// The `PangoGlyphItem*`; its item's offset counts bytes from the start of the line's text.
    package let item: OpaquePointer
    /// Where the run starts, from the line's start, in points (set by `TextLine`).
    package internal(set) var x = 0.0

    /// Takes ownership of `item`.
    init(taking item: UnsafeMutablePointer<PangoGlyphItem>) {
        self.item = OpaquePointer(item)
    }

    deinit { pango_glyph_item_free(glyphItem) }

    var glyphItem: UnsafeMutablePointer<PangoGlyphItem> { UnsafeMutablePointer(item) }
    var glyphs: UnsafeMutablePointer<PangoGlyphString> { glyphItem.pointee.glyphs }
    var pangoItem: UnsafeMutablePointer<PangoItem> { glyphItem.pointee.item }

    /// The bytes of the line's text the run's glyphs stand for.
    var bytes: Range<Int> {
        let item = pangoItem.pointee
        return Int(item.offset)..<Int(item.offset + item.length)
    }

    /// The letter spacing the run's characters were shaped with, in Pango units.
    var letterSpacing: Int32 { Self.letterSpacing(pangoItem) }

    static func letterSpacing(_ item: UnsafeMutablePointer<PangoItem>) -> Int32 {
        var node = item.pointee.analysis.extra_attrs
        while let current = node {
            node = current.pointee.next
            if let attr = current.pointee.data?.assumingMemoryBound(to: PangoAttribute.self), attr.pointee.klass.pointee.type == PANGO_ATTR_LETTER_SPACING {
                return attr.withMemoryRebound(to: PangoAttrInt.self, capacity: 1) { $0.pointee.value }
            }
        }
        return 0
    }

    /// Pango's share of a letter spacing before and after a character (its own rounding).
    private var halves: (left: Int32, right: Int32) {
        let spacing = letterSpacing, scale = Int32(PANGO_SCALE)
        var left = spacing / 2
        if spacing & (scale - 1) == 0 { left = (left + scale / 2) & ~(scale - 1) }
        return (left, spacing - left)
    }

    /// Adds (`sign` 1) or takes away (-1) the letter spacing before the first glyph.
    func spaceLeft(_ sign: Int32) {
        let amount = sign * halves.left
        guard amount != 0, glyphs.pointee.num_glyphs > 0 else { return }
        glyphs.pointee.glyphs[0].geometry.width += amount
        glyphs.pointee.glyphs[0].geometry.x_offset += amount
    }

    /// Adds (`sign` 1) or takes away (-1) the letter spacing after the last glyph.
    func spaceRight(_ sign: Int32) {
        let amount = sign * halves.right, n = Int(glyphs.pointee.num_glyphs)
        guard amount != 0, n > 0 else { return }
        glyphs.pointee.glyphs[n - 1].geometry.width += amount
    }

    /// The run's advance, in Pango units.
    var advance: Int {
        let g = glyphs.pointee
        return (0..<Int(g.num_glyphs)).reduce(0) { $0 + Int(g.glyphs[$1].geometry.width) }
    }
}
