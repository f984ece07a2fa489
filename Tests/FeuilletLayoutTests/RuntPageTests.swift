import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletLayout

/// A last page holding a few lines alone is saved by bringing lines slightly closer.
@Suite("Runt last pages")
struct RuntPageTests {
    @Test("the sample in classique is one A4 page: its disclaimer is not left alone on page 2, and sizes are kept")
    func disclaimerNotAlone() throws {
        let sheet = try Support.workspace.styles.load("classique")
        let result = try Support.rendition(.a4, options: RenderOptions(bleed: 0))
        #expect(result.pages.count == 1)
        let sizes = result.pages[0].frame.items.compactMap { if case .text(let line) = $0.item { line.fontSize } else { nil } }
        #expect(sizes.contains(sheet[.body].size) && sizes.allSatisfy { $0 >= sheet[.footer].size })
    }
}
