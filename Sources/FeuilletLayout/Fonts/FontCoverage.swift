internal import CPangoCairo
import FeuilletStyle

extension TextEngine {
    /// The family a text style's font resolves to among the library's fonts, and which of
    /// `scalars` that font lacks: proves a style's fonts before anything is drawn.
    public func coverage(of style: TextStyle, for scalars: [Unicode.Scalar]) -> (family: String?, missing: [Unicode.Scalar]) {
        let description = Self.fontDescription(style)
        defer { pango_font_description_free(description) }
        guard let font = pango_context_load_font(context, description) else { return (nil, scalars) }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        return (FontCheck.family(of: font), scalars.filter { pango_font_has_char(font, $0.value) == 0 })
    }
}
