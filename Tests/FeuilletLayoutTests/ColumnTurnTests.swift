import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletLayout

/// French rule: a word is not hyphenated across a column, panel or page turn when that can
/// be avoided.
@Suite("Column turns")
struct ColumnTurnTests {
    /// Hyphenated lines that end a column: the lowest text line at their x on their page.
    static func hyphenatedColumnEnds(_ pages: [Page]) -> [String] {
        pages.flatMap { page -> [String] in
            let lines = page.frame.items.compactMap { placed -> (Point, TextLine)? in
                if case .text(let line) = placed.item { (placed.origin, line) } else { nil }
            }
            return lines.filter { origin, line in
                line.hyphenated && !lines.contains { abs($0.0.x - origin.x) < 0.5 && $0.0.y > origin.y }
            }.map { $0.1.text }
        }
    }

    @Test("no word is split across a column or panel turn in the shipped styles",
          arguments: ["metastases", "fievre-enfant", "vaccination-grippe"])
    func noSplitAcrossTurns(article: String) throws {
        let path = Support.root.appendingPathComponent("Articles/\(article).md").path
        for style in Support.workspace.styles.availableStyles() {
            for target in [Target.a4, .print(.trifold)] {
                let pages = try Support.rendition(target, style: style, article: path, options: RenderOptions(fit: .shrink, bleed: 0)).pages
                let ends = Self.hyphenatedColumnEnds(pages)
                #expect(ends.isEmpty, "\(article) \(style) \(target): \(ends)")
            }
        }
    }
}
