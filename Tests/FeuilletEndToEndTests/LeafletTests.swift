import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletCLI
import FeuilletLayout
import FeuilletTypesetting

@Suite("A4 leaflet of the sample article")
struct LeafletTests {
    @Test("pdftotext gives back every word of the article, in reading order")
    func everyWordInOrder() throws {
        let folder = Support.temporaryFolder()
        let (url, _, document) = try Support.render(.a4, into: folder)
        let extracted = try Support.tool(["pdftotext", "-raw", "-enc", "UTF-8", url.path, "-"])
        #expect(extracted.status == 0)
        // A word split at a line end comes back as "gé‐" + "néralement": join it again.
        let joined = extracted.output.replacingOccurrences(of: "\u{2010}\n", with: "")
        let found = Support.words(joined)
        let expected = Support.words(of: document)
        #expect(expected.count > 400)
        var position = found.startIndex
        for word in expected {
            guard let next = found[position...].firstIndex(of: word) else {
                Issue.record("\"\(word)\" is missing, or out of order, in the PDF text")
                return
            }
            position = found.index(after: next)
        }
    }

    @Test("qpdf finds no damage; pdfinfo says tagged, A4, with title and fixed date")
    func validTaggedA4() throws {
        let (url, pages, _) = try Support.render(.a4, into: Support.temporaryFolder())
        let check = try Support.tool(["qpdf", "--check", url.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(!check.output.contains("damaged"))
        let info = try Support.tool(["pdfinfo", url.path]).output
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("Page size:       595.276 x 841.89 pts (A4)"))
        // The title as the page sets it: a narrow no-break space before "?".
        #expect(info.contains("Title:           Les métastases peuvent-elles disparaître\u{202F}?"), "\(info)")
        #expect(info.contains("Pages:           \(pages.count)"))
        #expect(info.contains("CreationDate:    Thu Nov 26 00:00:00 2026 UTC") || info.contains("2026"), "\(info)")
    }

    @Test("the outline lists the section headings and the link annotations are valid")
    func outline() throws {
        let (url, _, document) = try Support.render(.a4, into: Support.temporaryFolder())
        let json = try Support.tool(["qpdf", "--json", "--json-key=outlines", url.path])
        #expect(json.status == 0)
        func titles(_ node: Any) -> [String] {
            if let d = node as? [String: Any] { return ((d["title"] as? String).map { [$0] } ?? []) + d.values.flatMap(titles) }
            if let a = node as? [Any] { return a.flatMap(titles) }
            return []
        }
        let outline = titles(try JSONSerialization.jsonObject(with: Data(json.output.utf8)))
            .map { Support.words($0).joined(separator: " ") }
        // Headings are typeset with French spacing (a no-break space before the colon).
        for case .heading(_, let inlines) in FrenchNormalizer().normalize(document).blocks {
            #expect(outline.contains(Support.words(inlines.plainText).joined(separator: " ")), "outline lacks \(inlines.plainText), has \(outline)")
        }
        #expect(outline.first == Support.words(document.metadata.title).joined(separator: " "))
    }

    @Test("two renders give byte-identical PDF files")
    func reproducible() throws {
        let a = try Support.render(.a4, into: Support.temporaryFolder()).url
        let b = try Support.render(.a4, into: Support.temporaryFolder()).url
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test("text stays inside the margins and no two lines overlap")
    func geometry() throws {
        let (_, pages, _) = try Support.render(.a4, into: Support.temporaryFolder())
        let style = try Support.workspace.styles.load("classique")
        let p = style.page
        let content = Rect(x: p.marginLeft.points(), y: p.marginTop.points(),
                           width: p.width.points() - p.marginLeft.points() - p.marginRight.points(),
                           height: p.height.points() - p.marginTop.points() - p.marginBottom.points())
        for info in LayoutDump.pages(pages) {
            let text = info.items.filter { $0.kind == "text" }
            // The running footer sits in the bottom margin, inside the page.
            let body = text.filter { $0.rect.y < content.maxY }
            for item in body {
                // A justified line's edge punctuation hangs into the margin (never more than a
                // third of an em); the line's measure stays inside.
                let hangs = item.hangs ?? [0, 0]
                let measure = Rect(x: item.rect.x + hangs[0], y: item.rect.y, width: item.rect.width - hangs[0] - hangs[1], height: item.rect.height)
                #expect(content.contains(measure), "page \(info.page): \"\(item.text ?? "")\" at \(item.rect) leaves the margins")
                #expect(hangs.allSatisfy { $0 >= 0 && $0 <= (item.fontSize ?? 0) / 3 }, "\(item.text ?? ""): hangs \(hangs)")
            }
            // Lines of one column must not collide: either side by side on one baseline,
            // or their baselines at least 85 % of the larger font size apart.
            for (i, a) in text.enumerated() {
                for b in text[(i + 1)...] where a.rect.x < b.rect.maxX && b.rect.x < a.rect.maxX {
                    let apart = abs((a.baseline ?? 0) - (b.baseline ?? 0))
                    #expect(apart >= 0.85 * max(a.fontSize ?? 0, b.fontSize ?? 0),
                            "page \(info.page): \"\(a.text ?? "")\" collides with \"\(b.text ?? "")\"")
                }
            }
        }
    }

    @Test("a heading is never the last line of a column")
    func headingKeptWithText() throws {
        let (_, pages, _) = try Support.render(.a4, into: Support.temporaryFolder())
        for info in LayoutDump.pages(pages) {
            var lastHeadingLine: LayoutDump.Item?
            for item in info.items {
                switch item.kind {
                case "text":
                    let structure = item.structure ?? ""
                    if structure.hasPrefix("H") && structure != "H1" { lastHeadingLine = item; continue }
                    if let heading = lastHeadingLine {
                        // The next line of text must follow in the same column, just below.
                        #expect(abs(item.rect.x - heading.rect.x) < 30 && item.rect.y > heading.rect.y,
                                "heading \"\(heading.text ?? "")\" ends its column")
                        lastHeadingLine = nil
                    }
                default: break
                }
            }
            #expect(lastHeadingLine == nil, "a heading ends page \(info.page)")
        }
    }

    @Test("justified lines fill the column exactly, less what hangs into the margins; none is wider")
    func justifiedWidths() throws {
        let (_, pages, _) = try Support.render(.a4, into: Support.temporaryFolder())
        let style = try Support.workspace.styles.load("classique")
        let p = style.page
        let width = (p.width.points() - p.marginLeft.points() - p.marginRight.points() - p.gutter.points()) / 2
        var justified = 0
        for page in pages {
            for placed in page.frame.items {
                guard case .text(let line) = placed.item, line.fontSize == style[.body].size else { continue }
                // List items are indented: their measure is what is left of the column.
                let start = placed.origin.x + line.hangsLeft, measure = line.width - line.hangsLeft - line.hangsRight
                let columnLeft = start < p.marginLeft.points() + width ? p.marginLeft.points() : p.marginLeft.points() + width + p.gutter.points()
                let width = width - (start - columnLeft)
                #expect(measure <= width + 0.05, "\"\(line.text)\" is \(line.width) pt wide in a \(width) pt column")
                if line.justified {
                    justified += 1
                    #expect(abs(measure - width) < 0.05, "\"\(line.text)\" is justified to \(measure), not \(width)")
                }
            }
        }
        #expect(justified > 30, "the sample sets about 40 justified lines: \(justified)")
    }
}
