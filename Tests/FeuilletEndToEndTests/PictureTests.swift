import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletLayout
import FeuilletRender

/// Photos, the house logo and the QR code, as a print shop, a screen reader and a phone
/// camera meet them.
@Suite("Pictures on leaflets and cards", .serialized)
struct PictureTests {
    static let photoArticle = Support.root.appendingPathComponent("Articles/urgences-pediatriques.md").path
    static let photo = Support.root.appendingPathComponent("Articles/images/salle-attente.jpg")

    static func write(_ rendition: Rendition) throws -> URL {
        try Support.pipeline.write(rendition, in: OutputLocation(folder: Support.temporaryFolder()))[0]
    }

    @Test("the 2000 × 1500 JPEG is in the A4 PDF with its own bytes, and the PDF is the JPEG plus a few tens of KB")
    func jpegAsItIs() throws {
        let url = try Self.write(try Support.rendition(.a4, article: Self.photoArticle))
        let list = try Support.tool(["pdfimages", "-list", url.path]).output
        let rows = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
        // The photo is the only image: the logo and the QR code are vectors.
        #expect(rows.count == 1, "\(list)")
        #expect(rows.first.map { $0[3] == "2000" && $0[4] == "1500" && $0[8] == "jpeg" } == true, "\(list)")
        let folder = Support.temporaryFolder()
        _ = try Support.tool(["pdfimages", "-j", url.path, folder.appendingPathComponent("img").path])
        let extracted = try Data(contentsOf: folder.appendingPathComponent("img-000.jpg"))
        let original = try Data(contentsOf: Self.photo)
        #expect(extracted == original, "the JPEG was re-encoded")
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
        #expect(size <= original.count + 90_000, "\(size) bytes for a \(original.count)-byte JPEG")
    }

    @Test("the figure is a Figure element with its description as /Alt; the logo too, with the style's")
    func figureAlt() throws {
        let typeset = try Support.typeset("classique", article: Self.photoArticle)
        let url = try Self.write(try Support.pipeline.render(typeset, target: .a4))
        let pdf = try PDFObjects(url)
        let alts = pdf.objects.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }
            .filter { $0["/S"] as? String == "/Figure" }.compactMap { ($0["/Alt"] as? String).map { Support.words(String($0.dropFirst(2))) } }
        let figure = typeset.document.blocks.flatMap(\.figures)[0]
        #expect(alts.contains(Support.words(figure.alt)), "\(alts)")
        #expect(alts.contains(Support.words(typeset.style.logo!.alt)), "\(alts)")
        #expect(alts.contains(Support.words(typeset.document.metadata.sourceURL!)), "the QR code: \(alts)")
    }

    @Test("the A4 page and the square card of each shipped style show its logo", arguments: PrintedLeaflet.shippedStyles)
    func logoShown(style: String) throws {
        for target in [Target.a4, try #require(Target(name: "card-square"))] {
            let rendition = try Support.rendition(target, style: style)
            let page = rendition.pages[0]
            let logos = LayoutDump.pages([page])[0].items.filter { $0.kind == "image" && $0.structure == "Figure" }
            let logo = try #require(logos.first, "\(style) \(target.name): no logo")
            // Drawn: inside the page, and most of its box is not the page's background.
            #expect(logo.rect.x >= 0 && logo.rect.maxX <= page.size.width && logo.rect.maxY <= page.size.height)
            let scale = 2.0
            let image = try PNGDecoder.decode(try PNGExporter(scale: scale).render(page))
            func pixel(_ x: Int, _ y: Int) -> [Int] { let i = 3 * (y * image.width + x); return (0..<3).map { Int(image.rgb[i + $0]) } }
            let background = pixel(Int(logo.rect.x * scale) - 4, Int(logo.rect.maxY * scale) + 4)
            var inked = 0, all = 0
            for y in Int(logo.rect.y * scale)..<Int(logo.rect.maxY * scale) {
                for x in Int(logo.rect.x * scale)..<Int(logo.rect.maxX * scale) {
                    all += 1
                    if zip(pixel(x, y), background).map({ abs($0 - $1) }).max()! > 48 { inked += 1 }
                }
            }
            #expect(Double(inked) / Double(all) > 0.15, "\(style) \(target.name): \(inked) of \(all) pixels of the logo drawn")
        }
    }

    @Test("the QR code on the A4 page and on the trifold's back reads as the article's address (zbarimg)", arguments: ["a4", "trifold"])
    func qrCodeReads(format: String) throws {
        let typeset = try Support.typeset("classique", article: Self.photoArticle)
        let rendition = try Support.pipeline.render(typeset, target: try #require(Target(name: format)), options: RenderOptions(fit: .shrink))
        let url = try Self.write(rendition)
        let folder = Support.temporaryFolder()
        _ = try Support.tool(["pdftoppm", "-r", "300", "-png", url.path, folder.appendingPathComponent("page").path])
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }.sorted()
        let read = try pages.map { try Support.tool(["zbarimg", "--quiet", "--raw", folder.appendingPathComponent($0).path]).output }
        // zbar's complaints (no D-Bus here) follow what it read, on lines of their own.
        let codes = read.flatMap { $0.split(separator: "\n") }.filter { $0.hasPrefix("http") }
        #expect(codes == [typeset.document.metadata.sourceURL!].map { Substring($0) }, "\(read)")
    }

    @Test("a figure at the top of a page renders (grand-caractère sets the photo at the top of page 2)")
    func figureAtPageTop() throws {
        let rendition = try Support.rendition(.a4, style: "grand-caractere", article: Self.photoArticle)
        let tops = LayoutDump.pages(rendition.pages).compactMap { page in page.items.first { $0.kind != "rectangle" } }
        let url = try Self.write(rendition)
        #expect(try Support.tool(["qpdf", "--check", url.path]).status == 0)
        #expect(tops.contains { $0.kind == "image" && $0.page > 1 }, "\(tops.map { ($0.page, $0.kind, $0.text ?? "") })")
    }
}
