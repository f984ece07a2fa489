import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting

/// The paragraph setter seen from outside the package's layout code, for the fuzz harness:
/// one paragraph of plain text set at a width, each line with its width (where it ends,
/// less the punctuation meant to hang into the right margin) and problem.
package enum ParagraphProbe {
    package static func lines(_ text: String, style: TextStyle, width: Double, engine: TextEngine,
                              hyphenator: Hyphenator?) -> [(text: String, width: Double, hyphenated: Bool, problem: String?)] {
        ParagraphSetter(engine: engine, hyphenator: hyphenator, maxConsecutiveHyphens: 2)
            .set(StyledText([.text(text)]), style: style, width: width)
            .map { ($0.line.text, $0.x + $0.line.width - $0.line.hangsRight, $0.line.hyphenated, $0.problem) }
    }
}
