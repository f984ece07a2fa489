import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletLayout

@Suite("Square card of the sample article")
struct CardTests {
    /// Width and height from a PNG's IHDR chunk.
    static func pixelSize(_ data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    @Test("the PNG is exactly 1080 × 1080 pixels and starts with the PNG signature")
    func size() throws {
        let (url, _, _) = try Support.render(.cardSquare, into: Support.temporaryFolder())
        let data = try Data(contentsOf: url)
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Self.pixelSize(data) == (1080, 1080))
    }

    @Test("the card shows the title and the short answer, inside its padding")
    func content() throws {
        let (_, pages, document) = try Support.render(.cardSquare, into: Support.temporaryFolder())
        let page = try #require(pages.first)
        let text = LayoutDump.pages(pages)[0].items.filter { $0.kind == "text" }
        let words = Support.words(text.map { $0.text ?? "" }.joined(separator: " "))
        for word in Support.words(document.metadata.title + " " + (document.metadata.summary ?? "")) {
            #expect(words.contains(word), "the card lacks \"\(word)\"")
        }
        let pad = try Support.workspace.styles.load("classique").card.padding.points()
        let inside = Rect(x: pad, y: pad, width: page.size.width - 2 * pad, height: page.size.height - 2 * pad)
        for item in text { #expect(inside.contains(item.rect), "\"\(item.text ?? "")\" leaves the card's padding") }
    }

    @Test("two renders give byte-identical PNG files")
    func reproducible() throws {
        let a = try Support.render(.cardSquare, into: Support.temporaryFolder()).url
        let b = try Support.render(.cardSquare, into: Support.temporaryFolder()).url
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }
}
