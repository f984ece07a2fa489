internal import CPangoCairo
import FeuilletStyle

/// One line of text as glyph runs cut from its paragraph's shaping, placed one after the
/// other, so that every exporter draws exactly the glyphs layout measured.
public final class TextLine {
    /// The glyph runs, in drawing order, each at its x from the line's start (exporters of
    /// this package draw them with `text`).
    package let runs: [GlyphRun]
    /// Underlines (links), from the left end of the baseline, in points.
    package let underlines: [Rect]
    /// The family and weight the line's style asked for (its bold or italic spans aside).
    package let family: String
    package let weight: Int
    /// What the line shows, hyphen included, for tests, dumps and checks; the runs' offsets count its bytes.
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

    /// A line of `runs` (offsets into `text`); `empty` gives the extents of a line with none.
    init(runs: [GlyphRun], text: String, style: TextStyle, empty: @autoclosure () -> (ascent: Double, descent: Double), justified: Bool = false,
         spaceAdjustment: Double = 0, letterAdjustment: Double = 0, naturalSpace: Double = 0, hyphenated: Bool = false,
         hangsLeft: Double = 0, hangsRight: Double = 0) {
        self.runs = runs
        self.text = text
        color = style.color
        fontSize = style.size
        family = style.family
        weight = style.weight
        self.justified = justified
        self.spaceAdjustment = spaceAdjustment
        self.letterAdjustment = letterAdjustment
        self.naturalSpace = naturalSpace
        self.hyphenated = hyphenated
        self.hangsLeft = hangsLeft
        self.hangsRight = hangsRight
        // Logical extents are relative to the baseline: y is minus the ascent.
        var x = 0, top = Int32.max, bottom = Int32.min
        var lines: [Rect] = []
        var underlined = false
        for run in runs {
            run.x = Double(x) / Double(PANGO_SCALE)
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_glyph_string_extents(run.glyphs, run.pangoItem.pointee.analysis.font, &ink, &logical)
            top = min(top, logical.y)
            bottom = max(bottom, logical.y + logical.height)
            // As Pango draws an underline: under the ink or the advance, whichever is wider,
            // one line over consecutive underlined runs at the same depth.
            if let line = Self.underline(run, ink: ink, logical: logical, at: x) {
                if underlined, let last = lines.last, last.y == line.y, last.height == line.height {
                    lines[lines.count - 1].width = line.maxX - last.x
                } else {
                    lines.append(line)
                }
                underlined = true
            } else {
                underlined = false
            }
            x += Int(logical.width)
        }
        underlines = lines
        width = Double(x) / Double(PANGO_SCALE)
        if runs.isEmpty {
            (ascent, descent) = empty()
        } else {
            ascent = -Double(top) / Double(PANGO_SCALE)
            descent = Double(bottom) / Double(PANGO_SCALE)
        }
    }

    /// Where a run's underline goes, if it has one (a link), in points.
    private static func underline(_ run: GlyphRun, ink: PangoRectangle, logical: PangoRectangle, at x: Int) -> Rect? {
        var attr = run.pangoItem.pointee.analysis.extra_attrs
        var found = false
        while let node = attr {
            if let a = node.pointee.data?.assumingMemoryBound(to: PangoAttribute.self), a.pointee.klass.pointee.type == PANGO_ATTR_UNDERLINE {
                found = a.withMemoryRebound(to: PangoAttrInt.self, capacity: 1) { $0.pointee.value } != Int32(PANGO_UNDERLINE_NONE.rawValue)
            }
            attr = node.pointee.next
        }
        guard found, let font = run.pangoItem.pointee.analysis.font,
              let metrics = pango_font_get_metrics(font, run.pangoItem.pointee.analysis.language) else { return nil }
        defer { pango_font_metrics_unref(metrics) }
        let scale = Double(PANGO_SCALE)
        return Rect(x: Double(x + Int(min(ink.x, logical.x))) / scale, y: -Double(pango_font_metrics_get_underline_position(metrics)) / scale,
                    width: Double(max(ink.width, logical.width)) / scale, height: Double(pango_font_metrics_get_underline_thickness(metrics)) / scale)
    }

    /// Where the bytes `range` of `text` are drawn on the line: from the left of the first
    /// glyph to the right of the last, in points.
    func xRange(_ range: Range<Int>) -> Range<Double> {
        var lo = Double.infinity, hi = -Double.infinity
        for run in runs {
            let g = run.glyphs.pointee, offset = Int(run.pangoItem.pointee.offset)
            var x = run.x
            for i in 0..<Int(g.num_glyphs) {
                let w = Double(g.glyphs[i].geometry.width) / Double(PANGO_SCALE)
                if range.contains(offset + Int(g.log_clusters[i])) {
                    lo = min(lo, x)
                    hi = max(hi, x + w)
                }
                x += w
            }
        }
        return lo <= hi ? lo..<hi : 0..<0
    }
}
