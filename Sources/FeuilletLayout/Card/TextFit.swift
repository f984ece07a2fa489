import FeuilletStyle

/// Card text boxes fitted together: one scale for every box of a card (so title and body
/// keep their proportions), the largest at which all fit the area; each box's lines are
/// then re-broken at the narrowest width that keeps their count, so they come out
/// balanced (no lone short last line).
struct TextFit {
    struct Box {
        var text: StyledText
        var style: TextStyle
        var maxLines: Int?
        /// Space above the box, in leadings of its style (ignored for the first box).
        var gapAbove: Double = 0.6
    }

    struct Fitted {
        var text: StyledText
        var lines: [SetLine]
        var style: TextStyle
        var gap: Double
        /// Glyphs taller than a tight leading stick out of their line box: the box grows by that.
        var overhang: Double { max(0, (lines.first.map { $0.line.ascent + $0.line.descent } ?? 0) - style.leading) }
        var height: Double { Double(lines.count) * style.leading + overhang }
    }

    let setter: ParagraphSetter

    /// The boxes at the largest scale in `minimumScale…maximumScale` that fits `area` (a
    /// tall card lets text grow past its role's size). With `ellipsis`, when even the
    /// smallest scale does not fit, the longest box is cut with "…". nil: no fit.
    func fit(_ boxes: [Box], in area: Size, minimumScale: Double, maximumScale: Double = 1, ellipsis: Bool) -> [Fitted]? {
        var best: [Fitted]
        if let full = attempt(boxes, scale: maximumScale, area: area) {
            best = full
        } else if let smallest = attempt(boxes, scale: minimumScale, area: area) {
            // Bisection: fitting is monotonic in practice, and 10 steps give 0.1 % precision.
            var (lo, hi) = (minimumScale, maximumScale)
            best = smallest
            for _ in 0..<10 {
                let mid = (lo + hi) / 2
                if let f = attempt(boxes, scale: mid, area: area) { best = f; lo = mid } else { hi = mid }
            }
        } else if ellipsis, let cut = truncated(boxes, scale: minimumScale, area: area) {
            best = cut
        } else {
            return nil
        }
        return best.map { balanced($0, width: area.width) }
    }

    private func attempt(_ boxes: [Box], scale: Double, area: Size) -> [Fitted]? {
        var result: [Fitted] = []
        var used = 0.0
        for box in boxes {
            var s = box.style
            s.size *= scale
            let lines = setter.set(box.text, style: s, width: area.width)
            guard lines.allSatisfy({ $0.problem == nil }), lines.count <= (box.maxLines ?? .max) else { return nil }
            let f = Fitted(text: box.text, lines: lines, style: s, gap: result.isEmpty ? 0 : box.gapAbove * s.leading)
            used += f.gap + f.height
            result.append(f)
        }
        return used <= area.height + 0.01 ? result : nil
    }

    /// The same lines at the narrowest width that keeps their count.
    private func balanced(_ fitted: Fitted, width: Double) -> Fitted {
        var best = fitted
        best.lines = setter.balanced(fitted.lines, text: fitted.text, style: fitted.style, width: width)
        return best
    }

    /// Every box at `scale`, the longest one cut after as many words as fit, then "…".
    private func truncated(_ boxes: [Box], scale: Double, area: Size) -> [Fitted]? {
        guard let longest = boxes.indices.max(by: { boxes[$0].text.string.count < boxes[$1].text.string.count }) else { return nil }
        let words = boxes[longest].text.string.split(separator: " ")
        func cut(_ count: Int) -> [Fitted]? {
            var shortened = boxes
            shortened[longest].text = StyledText(words.prefix(count).joined(separator: " ") + "…")
            return attempt(shortened, scale: scale, area: area)
        }
        // Bisection on the number of words kept.
        var (lo, hi) = (0, words.count)
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if cut(mid) != nil { lo = mid } else { hi = mid - 1 }
        }
        return lo > 0 ? cut(lo) : nil
    }
}
