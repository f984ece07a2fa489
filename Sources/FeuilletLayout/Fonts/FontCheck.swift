internal import CPangoCairo

/// Reads back, after layout, which font Pango really used for every run of every line.
/// With fonts only from Fonts/, a family that lacks a character silently hands it to
/// another family, or to no font at all (an empty box): both must be reported.
public enum FontCheck {
    /// Every distinct problem on the pages, in reading order.
    public static func problems(in pages: [Page]) -> [FontProblem] {
        var found: [FontProblem] = []
        for page in pages {
            page.frame.walk { _, placed in
                guard case .text(let line) = placed.item else { return }
                for problem in problems(in: line) where !found.contains(problem) { found.append(problem) }
            }
        }
        return found
    }

    /// Pango marks a glyph it found in no font with this bit over the character's code point.
    private static let unknownGlyphFlag: UInt32 = 0x1000_0000

    static func problems(in line: TextLine) -> [FontProblem] {
        let asked = line.family
        let bytes = Array(line.text.utf8)
        var problems: [FontProblem] = []
        for run in line.runs {
            let item = run.pangoItem.pointee, glyphs = run.glyphs.pointee
            var missing = String.UnicodeScalarView()
            for i in 0..<Int(glyphs.num_glyphs) where glyphs.glyphs[i].glyph & unknownGlyphFlag != 0 {
                if let scalar = Unicode.Scalar(glyphs.glyphs[i].glyph & ~unknownGlyphFlag) { missing.append(scalar) }
            }
            if !missing.isEmpty {
                problems.append(FontProblem(kind: .missingGlyph, asked: asked, text: String(missing), line: line.text))
            } else if let font = item.analysis.font, let used = family(of: font), used.lowercased() != asked.lowercased() {
                let runText = String(decoding: bytes[run.bytes], as: UTF8.self)
                problems.append(FontProblem(kind: .fallback(used: used), asked: asked, text: runText, line: line.text))
            }
        }
        return problems
    }

    /// The family name of a loaded font, as fontconfig and `feuillet fonts` spell it.
    static func family(of font: UnsafeMutablePointer<PangoFont>) -> String? {
        guard let description = pango_font_describe(font) else { return nil }
        defer { pango_font_description_free(description) }
        return pango_font_description_get_family(description).map { String(cString: $0) }
    }
}
