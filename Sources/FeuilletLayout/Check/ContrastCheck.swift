internal import CPangoCairo
import FeuilletStyle

/// WCAG 2 AA contrast of every placed line against what is drawn under it (page, band,
/// box, card background): 4.5:1, or 3:1 for large text (18 pt, or 14 pt bold).
public enum ContrastCheck {
    public struct Problem: Sendable, Equatable {
        public var text: String
        public var foreground: Color
        public var background: Color
        public var ratio: Double
        public var required: Double
    }

    public static func problems(in pages: [Page]) -> [Problem] {
        var found: [Problem] = []
        for page in pages {
            var fills: [(rect: Rect, color: Color)] = []
            page.frame.walk { origin, placed in
                switch placed.item {
                case .shape(let shape):
                    if case .rectangle(let size, _) = shape.geometry, let fill = shape.fill {
                        fills.append((Rect(x: origin.x, y: origin.y, width: size.width, height: size.height), fill))
                    }
                case .text(let line):
                    let x = origin.x + line.width / 2, y = origin.y + (line.descent - line.ascent) / 2
                    // Paper (and an image's blank canvas) is white; fills drawn later lie on top.
                    let background = fills.reduce(Color.white) { under, fill in
                        fill.rect.x <= x && x <= fill.rect.maxX && fill.rect.y <= y && y <= fill.rect.maxY ? composite(fill.color, over: under) : under
                    }
                    let foreground = composite(line.color, over: background)
                    let ratio = foreground.contrast(with: background)
                    let required = isLarge(line) ? 3.0 : 4.5
                    if ratio < required, !found.contains(where: { $0.foreground == foreground && $0.background == background }) {
                        found.append(Problem(text: line.text, foreground: foreground, background: background, ratio: ratio, required: required))
                    }
                default:
                    break
                }
            }
        }
        return found
    }

    /// Large print in WCAG's sense: 18 pt, or 14 pt in bold.
    static func isLarge(_ line: TextLine) -> Bool {
        guard line.fontSize < 18 else { return true }
        guard line.fontSize >= 14, let description = pango_layout_get_font_description(line.layout) else { return false }
        return pango_font_description_get_weight(description).rawValue >= PANGO_WEIGHT_BOLD.rawValue
    }

    static func composite(_ top: Color, over bottom: Color) -> Color {
        let a = top.alpha
        return Color(red: top.red * a + bottom.red * (1 - a), green: top.green * a + bottom.green * (1 - a),
                     blue: top.blue * a + bottom.blue * (1 - a))
    }
}
