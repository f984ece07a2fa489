internal import CPangoCairo
import FeuilletStyle

/// One line of text, shaped by Pango and kept as its own one-line layout so that every
/// exporter draws exactly the glyphs layout measured. Owns a reference to the layout.
public final class TextLine {
    /// The `PangoLayout*`, for the exporters of this package only.
    package let layout: OpaquePointer
    /// What the line shows, hyphen included, for tests, dumps and checks.
    public let text: String
    public let color: Color
    /// Advance width, ascent and descent in points.
    public let width: Double
    public let ascent: Double
    public let descent: Double
    public let fontSize: Double
    /// The line was set to its full measure by stretching or shrinking its word spaces.
    public let justified: Bool
    /// Word spaces were stretched (positive) or shrunk by this much each, in points.
    public let spaceAdjustment: Double
    /// Letters were spaced apart (positive) or drawn closer by this much each, in points:
    /// a justified line's small share of its slack (`LineBreaker.letterStretchShare`).
    public let letterAdjustment: Double
    /// The font's own word space, in points: a justified gap is this plus both adjustments.
    public let naturalSpace: Double
    public let hyphenated: Bool
    /// How far a justified line hangs past the left and right edges of its measure, its
    /// edge punctuation in the margins (`Protrusion`): `width` includes both.
    public let hangsLeft: Double
    public let hangsRight: Double

    init(layout: OpaquePointer, text: String, color: Color, fontSize: Double, justified: Bool = false,
         spaceAdjustment: Double = 0, letterAdjustment: Double = 0, naturalSpace: Double = 0, hyphenated: Bool = false,
         hangsLeft: Double = 0, hangsRight: Double = 0) {
        g_object_ref(UnsafeMutableRawPointer(layout))
        self.layout = layout
        self.text = text
        self.color = color
        self.fontSize = fontSize
        self.justified = justified
        self.spaceAdjustment = spaceAdjustment
        self.letterAdjustment = letterAdjustment
        self.naturalSpace = naturalSpace
        self.hyphenated = hyphenated
        self.hangsLeft = hangsLeft
        self.hangsRight = hangsRight
        var logical = PangoRectangle()
        pango_layout_line_get_extents(pango_layout_get_line_readonly(layout, 0), nil, &logical)
        // Line extents are relative to the baseline: y is minus the ascent.
        width = Double(logical.width) / Double(PANGO_SCALE)
        ascent = -Double(logical.y) / Double(PANGO_SCALE)
        descent = Double(logical.y + logical.height) / Double(PANGO_SCALE)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }
}
