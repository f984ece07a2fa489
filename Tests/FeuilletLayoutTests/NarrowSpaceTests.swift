import Testing
import FeuilletModel
import FeuilletStyle
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletLayout

/// The espace fine reads as part of "10 %", "1 200" or "vrai ?": about an eighth of an em,
/// well under a word space, in every shipped style's fonts (Lato's own is 0.25 em).
@Suite("Narrow no-break spaces")
struct NarrowSpaceTests {
    @Test("a narrow no-break space is 1/8 em or the font's own when narrower, never near a word space; the text keeps U+202F",
          arguments: PrintedLeaflet.shippedStyles)
    func narrow(style name: String) throws {
        let style = try Support.workspace.styles.load(name)
        let setter = BlockSetter(setter: ParagraphSetter(engine: Support.pipeline.engine, hyphenator: nil, maxConsecutiveHyphens: 2),
                                 style: style)
        func line(_ text: String, _ role: Role) throws -> TextLine {
            let set = setter.paragraph([.text(text)], role: role, x: 0, width: 2000, tag: "P")
            return try #require(set.flatMap(\.pieces).compactMap { if case .item(_, .text(let t)) = $0 { t } else { nil } }.first)
        }
        for role in [Role.body, .footer, .title] {
            let size = style[role].size
            let thin = try line("10\u{202F}%", role), none = try line("10%", role), space = try line("10 %", role)
            // Each character added also adds the role's letter spacing.
            let tracking = style[role].letterSpacing.points(relativeTo: size)
            let gap = thin.width - none.width - tracking, word = space.width - none.width - tracking
            #expect(gap > 0.05 * size && gap <= NarrowSpace.widest * size + 0.01, "\(name) \(role): \(gap / size) em")
            #expect(gap < 0.75 * word, "\(name) \(role): narrow \(gap / size) em, word space \(word / size) em")
            #expect(thin.text == "10\u{202F}%")
        }
    }
}
