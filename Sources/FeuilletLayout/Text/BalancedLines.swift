import FeuilletStyle

extension ParagraphSetter {
    /// `lines`, the text set at `width`, set again at the narrowest width that keeps their
    /// count, so that no last line holds one short word ("tôt ?" alone under a title);
    /// centred or right-aligned lines are then placed within the whole width. Justified
    /// text is left as it is (its lines fill their measure).
    func balanced(_ lines: [SetLine], text: StyledText, style: TextStyle, width: Double) -> [SetLine] {
        var best = lines
        if lines.count > 1 && style.align != .justify {
            let shaped = ShapedParagraph(engine: engine, text: text, style: style)
            var (lo, hi) = (width * 0.5, width)
            for _ in 0..<8 {
                let mid = (lo + hi) / 2
                let narrower = set(shaped, width: mid)
                if narrower.count == lines.count && narrower.allSatisfy({ $0.problem == nil }) {
                    best = narrower
                    hi = mid
                } else {
                    lo = mid
                }
            }
        }
        if style.align == .center || style.align == .right {
            let shift = style.align == .center ? 0.5 : 1.0
            best = best.map { var l = $0; l.x = (width - l.line.width) * shift; return l }
        }
        return best
    }
}
