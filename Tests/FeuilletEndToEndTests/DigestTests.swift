import Foundation
import Testing
import FeuilletModel
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletTypesetting
@testable import FeuilletLayout

/// `--fit digest`: a DL for every sample article in every shipped style, whatever its length.
@Suite("Digests of articles too long for a DL", .serialized)
struct DigestTests {
    static let articles = try! FileManager.default.contentsOfDirectory(atPath: Support.root.appendingPathComponent("Articles").path)
        .filter { $0.hasSuffix(".md") }.sorted()
    static let cases = articles.flatMap { article in PrintedLeaflet.shippedStyles.map { (article, $0) } }

    @Test("two DL pages with the title, the short answer, the lists kept, the closing words; what was left out said; no box over the footer",
          arguments: cases)
    func digest(article: String, style: String) throws {
        let path = Support.root.appendingPathComponent("Articles/\(article)").path
        let typeset = try Support.typeset(style, article: path)
        let rendition = try Support.pipeline.render(typeset, target: .print(.dl, press: false), options: RenderOptions(fit: .digest))
        #expect(rendition.pages.count == 2)
        #expect(!rendition.findings.contains { $0.severity == .error }, "\(rendition.findings)")
        let url = try Support.pipeline.write(rendition, in: OutputLocation(folder: Support.temporaryFolder()))[0]
        // Letters and digits only: a word hyphenated at a line end reads as a whole again.
        func letters(_ s: String) -> String { String(s.filter { $0.isLetter || $0.isNumber }) }
        // Each page above its running footer, which would part a list item run over the turn.
        let dump = LayoutDump.pages(rendition.pages)
        func footerTop(_ page: LayoutDump.PageInfo) -> Double {
            // The page number ends the footer ("1/2"); "24 h/24" in the text is no footer.
            page.items.filter { $0.kind == "text" && $0.text?.hasSuffix("/2") == true }.map(\.rect.y).min() ?? page.size.height
        }
        let text = letters(try dump.map { page in
            try Support.tool(["pdftotext", "-enc", "UTF-8", "-f", "\(page.page)", "-l", "\(page.page)", "-x", "0", "-y", "0",
                              "-W", "\(Int(page.size.width))", "-H", "\(Int(footerTop(page)))", url.path, "-"]).output
        }.joined())
        let meta = typeset.document.metadata
        for part in [meta.title, meta.summary ?? ""] {
            #expect(text.contains(letters(part)), "\(part)")
        }
        let note = rendition.findings.first { $0.message.contains("set as a digest") }
        if let note {
            // As many of the digest's lists, tables and phone numbers as it says it kept are on the pages, whole.
            let digest = ArticleDigest(typeset.document.blocks) { FrenchNormalizer.containsPhoneNumber($0.plainText) }
            let dropped = note.message.firstMatch(of: /and (\d+) of its/).map { Int($0.1)! } ?? 0
            let lists = digest.parts.filter { $0.contains { if case .list = $0 { true } else if case .table = $0 { true } else { false } } }
                + digest.parts.indices.filter(digest.isContact).map { digest.parts[$0] }
            let shown = lists.filter { part in
                part.allSatisfy { block in
                    switch block {
                    case .list(_, _, let items): items.allSatisfy { text.contains(letters($0.map(\.plainText).joined())) }
                    // Its cells wrap side by side, so it is found in the layout: cells tagged TD.
                    case .table: dump.contains { $0.items.contains { $0.structure == "TD" } }
                    case .paragraph where block == part.last: text.contains(letters(block.plainText))
                    default: true
                    }
                }
            }
            #expect(shown.count >= lists.count - dropped, "\(note.message)")
            #expect(text.contains(letters(Labels.of(meta.lang).digest(online: meta.sourceURL != nil))))
            #expect(note.message.contains("left out"))
        }
        // A box (the short answer's, the key messages') ends above the running footer.
        for page in dump {
            for box in page.items where box.kind == "rectangle" && box.rect.width < page.size.width - 1 {
                #expect(box.rect.maxY <= footerTop(page) + 0.5, "page \(page.page): a box reaches \(box.rect.maxY), the footer starts at \(footerTop(page))")
            }
        }
    }

    /// A hospital's day-surgery leaflet: a 17-word title, a table, a list of steps, a key
    /// message and the numbers to call, far too long for a DL.
    static let daySurgery = Support.fixtures("FeuilletEndToEndTests").appendingPathComponent("ambulatoire.md").path

    @Test("short of room, the digest keeps the key message before any list; a long title is set smaller to hold in five lines, never under heading-1",
          arguments: PrintedLeaflet.shippedStyles)
    func shortOfRoom(style: String) throws {
        let typeset = try Support.typeset(style, article: Self.daySurgery)
        let rendition = try Support.pipeline.render(typeset, target: .print(.dl, press: false), options: RenderOptions(fit: .digest))
        let url = try Support.pipeline.write(rendition, in: OutputLocation(folder: Support.temporaryFolder()))[0]
        let text = try Support.tool(["pdftotext", "-enc", "UTF-8", url.path, "-"]).output
        for words in ["À retenir", "ne conduisez pas"] {
            #expect(text.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ").contains(words), "\(style): \(words)")
        }
        #expect(rendition.findings.contains { $0.message.contains("set as a digest") && $0.message.contains("for room") })
        let sheet = try Support.workspace.styles.load(style)
        let title = LayoutDump.pages(rendition.pages)[0].items.filter { $0.structure == "H1" && $0.kind == "text" }
        let lines = Set(title.map { Int($0.rect.y.rounded()) }).count
        // Sizes as the digest set them (smaller than the style's only if it had to).
        let size = try #require(title.first?.fontSize) / rendition.scale
        #expect(size < sheet[.title].size && size >= sheet[.heading1].size - 0.01, "\(style): \(size) pt")
        // Five lines, or as small as the steps go above heading-1's size.
        let smallest = LeafletLayout.longTitleSteps.last { $0 * sheet[.title].size >= sheet[.heading1].size }! * sheet[.title].size
        #expect(lines <= LeafletLayout.titleMostLines || abs(size - smallest) < 0.01, "\(style): \(lines) lines at \(size) pt")
    }

    @Test("the digest's QR code reads as the article's address (zbarimg)")
    func qrCode() throws {
        let path = Support.root.appendingPathComponent("Articles/urgences-pediatriques.md").path
        let typeset = try Support.typeset("classique", article: path)
        let rendition = try Support.pipeline.render(typeset, target: .print(.dl, press: false), options: RenderOptions(fit: .digest))
        let folder = Support.temporaryFolder()
        let url = try Support.pipeline.write(rendition, in: OutputLocation(folder: folder))[0]
        _ = try Support.tool(["pdftoppm", "-r", "300", "-f", "2", "-l", "2", "-png", url.path, folder.appendingPathComponent("page").path])
        let png = try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("page") && $0.hasSuffix(".png") }!
        let read = try Support.tool(["zbarimg", "--quiet", "--raw", folder.appendingPathComponent(png).path])
        // The first line: zbar's own complaints (no D-Bus here) come after it.
        #expect(read.output.split(separator: "\n").first.map(String.init) == typeset.document.metadata.sourceURL, "\(read.output)")
    }

    @Test("an article that fits is set whole, not as a digest")
    func wholeWhenItFits() throws {
        let rendition = try Support.rendition(.print(.dl, press: false), article: PrintedLeaflet.shortArticle, options: RenderOptions(fit: .digest))
        #expect(!rendition.findings.contains { $0.message.contains("digest") })
    }
}
