import Foundation
import Testing
import FeuilletLayout
import FeuilletPipeline
import FeuilletTestSupport

/// Every placed line lies inside its page's safe area, or the file is not written.
@Suite("Text inside the safe area")
struct SafeAreaTests {
    @Test("the shipped styles place every line of the samples inside the safe area", arguments: PrintedLeaflet.shippedStyles)
    func shipped(style: String) throws {
        for target in [Target.a4, .print(.trifold), .cardSquare] {
            let rendition = try Support.rendition(target, style: style)
            #expect(!rendition.findings.contains { $0.rule == Preflight.outsideRule }, "\(style) \(target)")
        }
    }

    @Test("a line moved off the page is an error naming its page and text (the pipeline then writes no file)")
    func offPage() throws {
        let result = try Support.pipeline.render(try Support.typeset(), target: .a4)
        var line: TextLine?
        result.pages[0].frame.walk { _, placed in if line == nil, case .text(let l) = placed.item { line = l } }
        var frame = result.pages[0].frame
        frame.add(.text(try #require(line)), at: Point(x: 12_054, y: 300))
        let pages = [Page(size: result.pages[0].size, frame: frame, sheet: result.pages[0].sheet)]
        let findings = Preflight(document: try Support.typeset().document, style: try Support.typeset().style,
                                 result: LayoutResult(pages: pages, structure: result.structure, warnings: []), isPrint: true).layoutAndFontFindings()
        let outside = try #require(findings.first { $0.rule == Preflight.outsideRule })
        #expect(outside.severity == .error && outside.message.hasPrefix("page 1: \"") && outside.message.contains("x 12054"), "\(outside)")
    }
}
