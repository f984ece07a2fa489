import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletCLI
@testable import FeuilletRender
import FeuilletLayout

/// What a screen reader and a PDF checker see: the structure tree in reading order (also
/// across the trifold's panels), sections, the key-message box, internal links, language.
@Suite("Tagged PDF of the print formats", .serialized)
struct PrintStructureTests {
    /// The PDF's objects, as qpdf JSON version 2 gives them.
    func objects(_ url: URL) throws -> [String: Any] { try PDFObjects(url).objects }

    func value(_ objects: [String: Any], _ ref: Any?) -> [String: Any] { PDFObjects(objects: objects).dictionary(ref) }

    func catalog(_ objects: [String: Any]) -> [String: Any] { PDFObjects(objects: objects).catalog }

    /// The texts of `pdfinfo -struct-text`, element by element, in the tree's order.
    func structureTexts(_ url: URL) throws -> (tree: String, texts: [String]) {
        let tree = try Support.tool(["pdfinfo", "-struct-text", url.path]).output
        let texts = tree.split(separator: "\n").compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.hasPrefix("\"") && t.hasSuffix("\"") ? String(t.dropFirst().dropLast()) : nil
        }
        return (tree, texts)
    }

    @Test("trifold: the structure tree reads cover, inside panels, flap, back; a paragraph cut by the fold is one element", arguments: [true, false])
    func trifoldReadingOrder(longParagraph: Bool) throws {
        // The typesetting fixture's 10.5 pt body fits the sample and a paragraph of 200 more
        // words on a trifold, which runs from the last inside panel on to the flap.
        let article = longParagraph ? PrintedLeaflet.longParagraphArticle(words: 200) : Support.article
        let leaflet = try PrintedLeaflet.render(.trifold, style: TypographyTests.fixture, article: article)
        if longParagraph {
            let flap = LayoutDump.pages(leaflet.pages)[0].items.filter { $0.kind == "text" && $0.rect.maxX < leaflet.pages[0].sheet!.folds[0] }
            #expect(!flap.isEmpty, "the long article runs on to the flap")
        }
        // Poppler reads an element's text up to the first ligature: compare what it gives, in order.
        let expected = Array(PrintedLeaflet.letters(leaflet.expectedText))
        var position = 0
        for text in try structureTexts(leaflet.url).texts {
            let piece = Array(PrintedLeaflet.letters(String(text.prefix { !("\u{FB00}"..."\u{FB06}").contains($0) }))
                .replacingOccurrences(of: "\u{2010}", with: ""))
            guard !piece.isEmpty else { continue }
            guard let found = (position...max(position, expected.count - piece.count)).first(where: { Array(expected[$0..<min(expected.count, $0 + piece.count)]) == piece }) else {
                Issue.record("\"\(text)\" is not next in reading order")
                return
            }
            position = found + piece.count
        }
        #expect(position > expected.count * 2 / 3, "the structure tree holds the text")
        try checkParentTree(leaflet.url, expectCrossPage: longParagraph)
    }

    /// Every marked-content reference of the tree and the page's parent tree agree; with
    /// `expectCrossPage`, some element holds content of two pages (the paragraph cut between
    /// the last inside panel and the flap).
    func checkParentTree(_ url: URL, expectCrossPage: Bool) throws {
        let o = try objects(url)
        let tree = value(o, catalog(o)["/StructTreeRoot"])
        let nums = value(o, tree["/ParentTree"])["/Nums"] as? [Any] ?? []
        var parents: [Int: [String]] = [:]
        for i in stride(from: 0, to: nums.count - 1, by: 2) {
            // A page's entry is an array (written in place, or as an object); an annotation's, an element.
            let entry = nums[i + 1] as? [Any] ?? ((nums[i + 1] as? String).flatMap { (o["obj:" + $0] as? [String: Any])?["value"] as? [Any] } ?? [])
            parents[nums[i] as! Int] = entry.map { $0 as? String ?? "null" }
        }
        var crossPage = false, references = 0
        func walk(_ ref: String) {
            let e = value(o, ref)
            let kids = e["/K"].map { $0 as? [Any] ?? [$0] } ?? []
            var pages = Set<String>()
            for kid in kids {
                var mcid: Int?, page = e["/Pg"] as? String
                if let n = kid as? Int { mcid = n }
                if let mcr = kid as? [String: Any], let n = mcr["/MCID"] as? Int { mcid = n; page = mcr["/Pg"] as? String }
                if let mcid, let page, let key = value(o, page)["/StructParents"] as? Int {
                    references += 1
                    pages.insert(page)
                    #expect(parents[key]?[mcid] == ref, "MCID \(mcid) of \(page) has parent \(parents[key]?[mcid] ?? "none"), not \(ref)")
                }
                if let child = kid as? String, value(o, child)["/S"] != nil { walk(child) }
            }
            if pages.count > 1 { crossPage = true }
        }
        for root in (tree["/K"] as? [Any] ?? []) { walk(root as! String) }
        #expect(references == parents.values.map { $0.filter { $0 != "null" }.count }.reduce(0, +), "every marked content is in the tree once")
        #expect(crossPage == expectCrossPage)
    }

    @Test("sections, headings, lists, the key-message box, links and language are tagged", arguments: PrintFormat.all)
    func tags(format: PrintFormat) throws {
        let leaflet = try PrintedLeaflet.render(format, style: "classique")
        let (tree, _) = try structureTexts(leaflet.url)
        let lines = tree.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "Document")
        #expect(lines.filter { $0 == "Sect" }.count == 2, "a Sect per section\n\(tree)")
        #expect(lines.filter { $0.hasPrefix("H2") }.count == 2 && lines.filter { $0.hasPrefix("H1") }.count == 1)
        for tag in ["L", "LI", "Lbl", "LBody", "Div", "Link"] {
            #expect(lines.contains { $0 == tag || $0.hasPrefix(tag + " (") }, "no \(tag)\n\(tree)")
        }
        let letters = PrintedLeaflet.letters(tree)
        #expect(letters.contains(/Div(\(block\))?P\(block\)"Àretenir:trentesecondes/), "the key messages are read, in their box")
        #expect(letters.contains(/P\(block\)"Mouiller,savonner[^"]*"("[^"]*")*Link/), "a paragraph with a link keeps its text, and holds the link")
        let o = try objects(leaflet.url)
        let catalog = catalog(o)
        #expect(catalog["/Lang"] as? String == "u:fr")
        #expect(catalog["/MarkInfo"] != nil)
        // The internal link points at the heading's named destination.
        let dests = value(o, value(o, catalog["/Names"])["/Dests"])["/Names"] as? [Any] ?? []
        #expect(dests.contains { ($0 as? String) == "u:quand-se-laver-les-mains" }, "\(dests)")
        let links = o.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }.filter { $0["/Subtype"] as? String == "/Link" }
        #expect(links.contains { $0["/Dest"] != nil }, "an internal link annotation")
        #expect(try Support.tool(["qpdf", "--check", leaflet.url.path]).status == 0)
    }

    @Test("the outline lists the title, then the sections in reading order")
    func outline() throws {
        let leaflet = try PrintedLeaflet.render(.trifold, style: "classique", article: Support.article)
        let json = try Support.tool(["qpdf", "--json", "--json-key=outlines", leaflet.url.path]).output
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        func titles(_ items: [Any]) -> [String] {
            items.compactMap { $0 as? [String: Any] }.flatMap { [($0["title"] as? String) ?? ""] + titles($0["kids"] as? [Any] ?? []) }
        }
        let found = titles(root["outlines"] as? [Any] ?? []).map { PrintedLeaflet.letters($0) }
        let headings = leaflet.document.blocks.compactMap { if case .heading(_, let i) = $0 { PrintedLeaflet.letters(i.plainText) } else { nil } }
        #expect(found == [PrintedLeaflet.letters(leaflet.document.metadata.title)] + headings)
    }

    @Test("the same article, style and options give the same bytes, PDF and SVG")
    func reproducible() throws {
        let a = try PrintedLeaflet.render(.trifold, style: "moderne"), b = try PrintedLeaflet.render(.trifold, style: "moderne")
        #expect(try Data(contentsOf: a.url) == Data(contentsOf: b.url))
        #expect(try SVGExporter().render(a.pages[1]) == SVGExporter().render(b.pages[1]))
    }

    @Test("--type svg writes one file per page of a print format, text as outlines; one file for a card")
    func svg() throws {
        let folder = Support.temporaryFolder()
        let run = Support.run(["render", PrintedLeaflet.shortArticle, "--root", Support.root.path, "--format", "trifold", "--type", "svg",
                               "--bleed", "3mm", "--marks", "--output", folder.appendingPathComponent("trifold.svg").path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["trifold-1.svg", "trifold-2.svg"])
        let svg = try String(contentsOf: folder.appendingPathComponent("trifold-1.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg") && svg.contains("width=\"898.58"))
        #expect(!svg.contains("<text"), "Cairo draws glyphs as paths")
        let card = Support.run(["render", PrintedLeaflet.shortArticle, "--root", Support.root.path, "--format", "card-square", "--type", "svg",
                                "--output", folder.appendingPathComponent("card.svg").path])
        #expect(card.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("card.svg").path))
    }
}
