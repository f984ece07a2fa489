internal import CPangoCairo
import FeuilletStyle

/// A Pango font map and context over the font library, device-independent (72 dpi,
/// no metric hinting, unrounded glyph positions) so that PDF and PNG get the same line
/// breaks. Pango font maps are not thread-safe: make one engine per worker thread.
public final class TextEngine {
    public let fonts: FontLibrary
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer

    public init(fonts: FontLibrary) {
        self.fonts = fonts
        fontMap = pango_cairo_font_map_new()!
        pango_fc_font_map_set_config(OpaquePointer(fontMap), fonts.config)
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        context = pango_font_map_create_context(fontMap)!
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string("fr"))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// A new layout in this engine's context; the caller owns the returned reference.
    func makeLayout() -> OpaquePointer {
        pango_layout_new(context)!
    }

    /// A Pango font description for a text style.
    static func fontDescription(_ style: TextStyle) -> OpaquePointer {
        let desc = pango_font_description_new()!
        pango_font_description_set_family(desc, style.family)
        pango_font_description_set_weight(desc, PangoWeight(rawValue: UInt32(style.weight)))
        pango_font_description_set_style(desc, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(desc, style.size * Double(PANGO_SCALE))
        return desc
    }
}

extension TextEngine {
    /// Advance width of a short string in a font, in points.
    func width(of string: String, font: OpaquePointer) -> Double {
        let layout = makeLayout()
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_font_description(layout, font)
        pango_layout_set_text(layout, string, -1)
        return ParagraphSetter.width(of: layout)
    }

    /// Whether the font the description resolves to has a glyph for the character.
    func fontHasCharacter(_ font: OpaquePointer, _ scalar: UInt32) -> Bool {
        guard let loaded = pango_context_load_font(context, font) else { return false }
        defer { g_object_unref(UnsafeMutableRawPointer(loaded)) }
        return pango_font_has_char(loaded, scalar) != 0
    }
}
