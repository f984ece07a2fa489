internal import CPangoCairo
import FeuilletStyle

/// Builds Pango attribute lists directly (never markup, which fails silently).
enum Attributes {
    /// Attributes of `text` over the byte range `range`, re-based to start at 0; `narrow`
    /// points are added to each narrow no-break space (`NarrowSpace`).
    static func list(for text: StyledText, style: TextStyle, range: Range<Int>, narrow: Double = 0) -> OpaquePointer {
        let list = pango_attr_list_new()!
        func insert(_ attr: UnsafeMutablePointer<PangoAttribute>?, _ r: Range<Int>) {
            guard let attr else { return }
            attr.pointee.start_index = UInt32(r.lowerBound)
            attr.pointee.end_index = UInt32(r.upperBound)
            pango_attr_list_insert(list, attr)
        }
        let whole = 0..<(range.count + 8)  // room for a hyphen added at the line end
        if style.letterSpacing.value != 0 {
            insert(pango_attr_letter_spacing_new(Int32(style.letterSpacing.points(relativeTo: style.size) * Double(PANGO_SCALE))), whole)
        }
        if !style.features.isEmpty { insert(pango_attr_font_features_new(style.features), whole) }
        for span in text.spans {
            let lo = max(span.range.lowerBound, range.lowerBound), hi = min(span.range.upperBound, range.upperBound)
            guard lo < hi else { continue }
            // A span running to the line end also covers the hyphen drawn there.
            let r = (lo - range.lowerBound)..<(hi == range.upperBound ? whole.upperBound : hi - range.lowerBound)
            if span.bold { insert(pango_attr_weight_new(PANGO_WEIGHT_BOLD), r) }
            // Emphasis inside italic text is set upright, as French typography wants.
            if span.italic {
                switch style.emphasis {
                case .italic: insert(pango_attr_style_new(style.italic ? PANGO_STYLE_NORMAL : PANGO_STYLE_ITALIC), r)
                case .bold: if !span.bold { insert(pango_attr_weight_new(style.weight >= 600 ? PANGO_WEIGHT_HEAVY : PANGO_WEIGHT_BOLD), r) }
                }
            }
            if span.link != nil { insert(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), r) }
        }
        if narrow != 0 {
            let utf8 = Array(text.string.utf8[text.string.utf8.index(text.string.utf8.startIndex, offsetBy: range.lowerBound)...]
                .prefix(range.count))
            let thin = Array(String(NarrowSpace.character).utf8)
            let at = utf8.indices.filter { utf8[$0...].starts(with: thin) }.map { $0..<($0 + thin.count) }
            spread(list, ranges: at, points: narrow, base: style.letterSpacing.points(relativeTo: style.size))
        }
        return list
    }

    /// Sets a letter spacing of `points` on each byte range (narrow spaces drawn narrower).
    private static func spread(_ list: OpaquePointer, ranges: [Range<Int>], points: Double, base: Double) {
        for r in ranges {
            guard let attr = pango_attr_letter_spacing_new(Int32(((points + base) * Double(PANGO_SCALE)).rounded())) else { continue }
            attr.pointee.start_index = UInt32(r.lowerBound)
            attr.pointee.end_index = UInt32(r.upperBound)
            pango_attr_list_change(list, attr)
        }
    }
}
