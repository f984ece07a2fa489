import FeuilletStyle

/// Paragraphs already broken into lines, kept while one document is laid out again with
/// only its vertical spacing changed (saving a last page): line heights and spaces do not
/// change where lines break, and breaking them is most of a layout's cost.
final class SetLinesMemo {
    private struct Key: Hashable {
        var string: String
        var width: Double
    }

    private var entries: [Key: [(spans: [StyledText.Span], style: TextStyle, lines: [SetLine])]] = [:]

    func lines(_ text: StyledText, style: TextStyle, width: Double, set: () -> [SetLine]) -> [SetLine] {
        let key = Key(string: text.string, width: width), horizontal = Self.horizontal(style)
        if let known = entries[key]?.first(where: { $0.spans == text.spans && $0.style == horizontal }) { return known.lines }
        let lines = set()
        entries[key, default: []].append((text.spans, horizontal, lines))
        return lines
    }

    /// The style with what only moves lines up or down made equal.
    private static func horizontal(_ style: TextStyle) -> TextStyle {
        var s = style
        s.lineHeight = .factor(1)
        s.spaceBefore = Length(0, .pt)
        s.spaceAfter = Length(0, .pt)
        return s
    }
}
