import FeuilletStyle
import FeuilletTypesetting

/// How wide a cell's text wants to be, as CSS measures table cells: `min`, its widest run
/// no line may break (a word; a number with its unit, which French spacing has joined;
/// a code); `hyphenated`, its widest piece once its words may be hyphenated; `max`, its
/// widest line when it is not broken at all.
struct CellWidths: Equatable {
    var min = 0.0
    var hyphenated = 0.0
    var max = 0.0
}

extension ParagraphSetter {
    /// A cell's widths, read from the break candidates the paragraph setter would use.
    func widths(of text: StyledText, style: TextStyle) -> CellWidths {
        guard !text.isEmpty else { return CellWidths() }
        let shaped = ShapedParagraph(engine: engine, text: text, style: style)
        let indent = style.indent.points(relativeTo: style.size)
        var widths = CellWidths()
        var word = 0.0, piece = 0.0, line = 0.0
        // Without a narrowest width, no candidate breaks a word between two letters.
        for c in shaped.candidates(hyphenator: style.hyphenate ? hyphenator : nil, narrowest: .infinity).map(\.candidate)
            where c.kind != .emergency {
            widths.hyphenated = Swift.max(widths.hyphenated, c.lineEndX - piece + (c.kind == .hyphen ? shaped.hyphenWidth : 0))
            piece = c.nextStartX
            guard c.kind != .hyphen else { continue }
            widths.min = Swift.max(widths.min, c.lineEndX - word)
            word = c.nextStartX
            guard c.kind == .forced || c.kind == .end else { continue }
            widths.max = Swift.max(widths.max, c.lineEndX - line)
            line = c.nextStartX
        }
        // A first-line indent is room the text cannot use: counted in every width.
        return CellWidths(min: widths.min + indent, hyphenated: widths.hyphenated + indent, max: widths.max + indent)
    }
}
