import Foundation
import Testing
import FeuilletLayout
@testable import FeuilletRender
import FeuilletPipeline
import FeuilletTestSupport

/// The PDF's structure tree is the document's own, written with libqpdf's object API:
/// reading order whatever the drawing order, links holding their annotation, alt text.
@Suite("PDF structure tree from the document's structure")
struct PDFStructureTests {
    /// Two text lines of the sample's square card, as drawn items to place anew.
    func lines() throws -> [TextLine] {
        var lines: [TextLine] = []
        try Support.rendition(.cardSquare).pages[0].frame.walk { _, placed in
            if case .text(let line) = placed.item { lines.append(line) }
        }
        return Array(lines.prefix(2))
    }

    /// A heading read first but drawn on page 2, and a paragraph read second, drawn on page 1.
    func outOfOrder() throws -> (pages: [Page], structure: StructureTree, texts: [String]) {
        let lines = try lines()
        var structure = StructureTree()
        var frames = [Frame(size: Size(width: 800, height: 200)), Frame(size: Size(width: 800, height: 200))]
        structure.begin("H1", title: lines[0].text)
        frames[1].add(.text(lines[0]), at: Point(x: 10, y: 100), structure: structure.content())
        structure.end("H1")
        structure.begin("P")
        frames[0].add(.text(lines[1]), at: Point(x: 10, y: 100), structure: structure.content())
        frames[0].add(.link(Link(size: Size(width: 50, height: 20), target: .uri("https://example.org"))), at: Point(x: 10, y: 80),
                      structure: structure.link())
        structure.end("P")
        structure.begin("Figure", alt: "Un schéma du corps humain")
        frames[0].add(.text(lines[1]), at: Point(x: 10, y: 150), structure: structure.content())
        structure.end("Figure")
        return (frames.map { Page(size: $0.size, frame: $0) }, structure, lines.map(\.text))
    }

    @Test("elements come in reading order, not drawing order; a link's element holds its annotation; a figure has its alt text")
    func readingOrder() throws {
        let (pages, structure, texts) = try outOfOrder()
        let url = Support.temporaryFolder().appendingPathComponent("order.pdf")
        try PDFExporter(metadata: .init(title: "Ordre")).write(pages, structure: structure, to: url)
        #expect(try Support.tool(["qpdf", "--check", url.path]).status == 0)
        let tree = try Support.tool(["pdfinfo", "-struct-text", url.path]).output
        let heading = try #require(tree.range(of: "H1")), paragraph = try #require(tree.range(of: "P (block)"))
        #expect(heading.lowerBound < paragraph.lowerBound, "\(tree)")
        #expect(tree.contains("\"\(texts[0])\""), "\(tree)")
        #expect(tree.components(separatedBy: "\n").contains { $0.hasPrefix("    Link") }, "the link is inside the paragraph: \(tree)")
        let qdf = Support.temporaryFolder().appendingPathComponent("order-qdf.pdf")
        _ = try Support.tool(["qpdf", "--qdf", "--object-streams=disable", url.path, qdf.path])
        let text = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        #expect(text.contains("/Alt (Un sch"), "no /Alt on the figure")
        #expect(text.contains("/ParentTree"))
        // Cairo's own per-line elements are gone: only the document's 5 elements remain.
        #expect(text.components(separatedBy: "/Type /StructElem").count - 1 == 5)
    }

    @Test("a table's header cells say what they head: /A << /O /Table /Scope /Column >>, the data cells nothing")
    func headerScope() throws {
        let lines = try lines()
        var structure = StructureTree()
        var frame = Frame(size: Size(width: 800, height: 200))
        structure.begin("Table")
        for (row, kind) in [(0, "TH"), (1, "TD")] {
            structure.begin("TR")
            structure.begin(kind, scope: kind == "TH" ? .column : nil)
            frame.add(.text(lines[row]), at: Point(x: 10, y: 50 + 50 * Double(row)), structure: structure.content())
            structure.end(kind)
            structure.end("TR")
        }
        structure.end("Table")
        let url = Support.temporaryFolder().appendingPathComponent("table.pdf")
        try PDFExporter(metadata: .init(title: "Tableau")).write([Page(size: frame.size, frame: frame)], structure: structure, to: url)
        #expect(try Support.tool(["qpdf", "--check", url.path]).status == 0)
        let tree = try Support.tool(["pdfinfo", "-struct", url.path]).output
        #expect(tree.contains("Table (block)\n    TR\n      TH:\n         /Scope /Column\n    TR\n      TD\n"), "\(tree)")
        let qdf = Support.temporaryFolder().appendingPathComponent("table-qdf.pdf")
        _ = try Support.tool(["qpdf", "--qdf", "--object-streams=disable", url.path, qdf.path])
        let text = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        #expect(text.components(separatedBy: "/O /Table").count - 1 == 1, "one header cell, one attribute dictionary")
    }

    @Test("the outline follows the reading order and points where each heading is drawn")
    func outline() throws {
        let (pages, structure, _) = try outOfOrder()
        let url = Support.temporaryFolder().appendingPathComponent("outline.pdf")
        try PDFExporter(metadata: .init(title: "Plan")).write(pages, structure: structure, to: url)
        let qdf = Support.temporaryFolder().appendingPathComponent("outline-qdf.pdf")
        _ = try Support.tool(["qpdf", "--qdf", "--object-streams=disable", url.path, qdf.path])
        let text = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        #expect(text.contains("/Outlines"))
        #expect(text.components(separatedBy: "/Title").count - 1 >= 1)
    }

    @Test("content Cairo did not write as expected is a one-line error, not a wrong tree")
    func mismatch() throws {
        let (pages, structure, _) = try outOfOrder()
        let pdf = try PDFExporter(metadata: .init(title: "x")).render(pages, structure: structure)
        let document = try QPDFDocument(pdf)
        #expect(throws: PDFStructure.Mismatch.self) { try PDFStructure(tree: structure, leaves: [0]).write(into: document) }
        do { try PDFStructure(tree: structure, leaves: [0]).write(into: document) } catch {
            #expect("\(error)".hasPrefix("the PDF's structure tree cannot be written: ") && !"\(error)".contains("\n"))
        }
    }

    @Test("untagged without a structure: no structure tree, no marked content")
    func untagged() throws {
        let (pages, _, _) = try outOfOrder()
        let url = Support.temporaryFolder().appendingPathComponent("untagged.pdf")
        try PDFExporter(metadata: .init(title: "x")).write(pages, structure: nil, to: url)
        #expect(try Support.tool(["pdfinfo", url.path]).output.contains("Tagged:          no"))
    }
}
