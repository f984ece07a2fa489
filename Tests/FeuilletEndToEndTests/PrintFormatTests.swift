import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletCLI
@testable import FeuilletLayout
import FeuilletStyle

/// Every print format in every shipped style (whatever Styles/ holds), as the print shop's
/// file (the style's bleed and crop marks): the checks a print shop and a screen reader make.
@Suite("Print formats in every shipped style", .serialized)
struct PrintFormatTests {
    static let cases: [(PrintFormat, String)] = PrintFormat.all.flatMap { format in PrintedLeaflet.shippedStyles.map { (format, $0) } }
    static let mm = 72 / 25.4

    @Test("page size is trim + bleed + crop-mark room; page count; qpdf finds nothing; TrimBox and BleedBox", arguments: cases)
    func sizeAndBoxes(format: PrintFormat, style: String) throws {
        let leaflet = try PrintedLeaflet.shared(format, style: style)
        let trim = leaflet.trim, bleed = leaflet.bleed
        let margin = bleed + 7 * Self.mm
        let expectedPages = switch format.kind { case .trifold: 2; case .pages(let max): max ?? leaflet.pages.count }
        #expect(leaflet.pages.count == expectedPages)
        if format == .a4 { #expect(leaflet.pages.count == 1, "the short article takes one A4 page") }
        let check = try Support.tool(["qpdf", "--check", leaflet.url.path])
        #expect(check.status == 0 && check.output.contains("No syntax or stream encoding errors"), "\(check.output)")
        let info = try Support.tool(["pdfinfo", "-box", "-f", "1", "-l", "\(expectedPages)", leaflet.url.path]).output
        #expect(info.contains("Pages:           \(expectedPages)\n"))
        #expect(info.contains("Tagged:          yes"))
        let b = margin - bleed
        for page in 1...expectedPages {
            let boxes = Self.boxes(info, page: page)
            #expect(Self.close(boxes["size"], [trim.width + 2 * margin, trim.height + 2 * margin]), "page \(page): \(info)")
            #expect(Self.close(boxes["TrimBox"], [margin, margin, margin + trim.width, margin + trim.height]), "page \(page): \(info)")
            #expect(Self.close(boxes["BleedBox"], [b, b, margin + trim.width + bleed, margin + trim.height + bleed]), "page \(page): \(info)")
        }
    }

    /// The numbers of pdfinfo's "Page    1 TrimBox:  28.35 …" and "Page    1 size:  898.583 x 651.969 pts" lines.
    static func boxes(_ info: String, page: Int) -> [String: [Double]] {
        var found: [String: [Double]] = [:]
        for line in info.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count > 3, words[0] == "Page", words[1] == "\(page)" else { continue }
            found[String(words[2].dropLast())] = words[3...].compactMap { Double($0) }
        }
        return found
    }

    /// Equal to a hundredth of a point (pdfinfo rounds).
    static func close(_ a: [Double]?, _ b: [Double]) -> Bool {
        guard let a, a.count == b.count else { return false }
        return zip(a, b).allSatisfy { abs($0 - $1) < 0.01 }
    }

    @Test("pdftotext reads every word once, in reading order, panel after panel", arguments: cases)
    func everyWordOnceInOrder(format: PrintFormat, style: String) throws {
        let leaflet = try PrintedLeaflet.shared(format, style: style)
        let difference = PrintedLeaflet.firstDifference(try leaflet.extractedText(), leaflet.expectedText)
        #expect(difference == nil, "\(difference ?? "")")
    }

    static let articles: [(PrintFormat, String)] = PrintFormat.all.flatMap { format in
        ((try? FileManager.default.contentsOfDirectory(atPath: Support.root.appendingPathComponent("Articles").path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { (format, $0) }
    }

    @Test("every sample article in classique: every word once, in reading order; text in the safe areas", arguments: articles)
    func sampleArticles(format: PrintFormat, article: String) throws {
        let leaflet: PrintedLeaflet
        do {
            leaflet = try PrintedLeaflet.shared(format, style: "classique", article: Support.root.appendingPathComponent("Articles/\(article)").path)
        } catch let error as PrintLayout.DoesNotFit {
            // Only a fixed-size format may refuse a long article, and then it says what did not fit.
            #expect(format.kind != .pages(maxPages: nil) && "\(error)".contains("does not fit \(format.name) even at 80 %: the "), "\(error)")
            return
        }
        let difference = PrintedLeaflet.firstDifference(try leaflet.extractedText(), leaflet.expectedText)
        #expect(difference == nil, "\(difference ?? "")")
        for info in LayoutDump.pages(leaflet.pages) {
            for item in info.items where item.kind == "text" {
                #expect(info.sheet!.safeAreas.contains { $0.contains(item.rect) }, "page \(info.page): \"\(item.text ?? "")\" leaves the safe areas")
            }
        }
        #expect(try Support.tool(["qpdf", "--check", leaflet.url.path]).status == 0)
    }

    @Test("the layout dump: text inside a safe area, never across a fold", arguments: cases)
    func safeAreasAndFolds(format: PrintFormat, style: String) throws {
        let leaflet = try PrintedLeaflet.shared(format, style: style)
        for info in LayoutDump.pages(leaflet.pages) {
            let sheet = try #require(info.sheet)
            #expect(sheet.folds.count == (format == .trifold ? 2 : 0))
            for item in info.items where item.kind == "text" {
                #expect(sheet.safeAreas.contains { $0.contains(item.rect) }, "page \(info.page): \"\(item.text ?? "")\" at \(item.rect) leaves the safe areas")
                for fold in sheet.folds {
                    #expect(!(item.rect.x < fold && item.rect.maxX > fold), "page \(info.page): \"\(item.text ?? "")\" crosses the fold at \(fold)")
                }
            }
            // Safe areas keep 5 mm from the trim and 8 mm from a fold.
            for area in sheet.safeAreas {
                #expect(sheet.trim.contains(area))
                #expect(area.x - sheet.trim.x >= 5 * Self.mm - 0.01 && sheet.trim.maxX - area.maxX >= 5 * Self.mm - 0.01)
                for fold in sheet.folds { #expect(area.maxX <= fold - 8 * Self.mm + 0.01 || area.x >= fold + 8 * Self.mm - 0.01) }
            }
        }
    }

    @Test("crop marks are drawn outside the bleed at every corner (and fold), and nothing of them inside", arguments: cases)
    func cropMarks(format: PrintFormat, style: String) throws {
        let leaflet = try PrintedLeaflet.shared(format, style: style)
        for (n, page) in leaflet.pages.enumerated() {
            let image = try PPM.page(n + 1, of: leaflet.url)
            let sheet = try #require(page.sheet), t = sheet.trim, bleed = sheet.bleed
            let near = bleed + 2 * Self.mm, far = near + 5 * Self.mm
            func ink(_ p: (r: Int, g: Int, b: Int)) -> Int { 765 - p.r - p.g - p.b }
            // Along each trim line, outwards from each corner (and from each fold, up and down).
            let corners: [(x: Double, y: Double, dx: Double, dy: Double)] =
                [t.x, t.maxX].flatMap { x in [(x, t.y, 0.0, -1.0), (x, t.maxY, 0, 1)] }
                + [t.y, t.maxY].flatMap { y in [(t.x, y, -1.0, 0.0), (t.maxX, y, 1, 0)] }
            let folds = sheet.folds.flatMap { x in [(x: x, y: t.y, dx: 0.0, dy: -1.0), (x: x, y: t.maxY, dx: 0.0, dy: 1.0)] }
            for s in corners + folds {
                func point(_ d: Double) -> (Double, Double) { (s.x + s.dx * d, s.y + s.dy * d) }
                // Poppler draws a hairline one pixel wide, on the nearest pixel: look on either side.
                func line(_ x: Double, _ y: Double) -> Int {
                    (-1...1).map { k in ink(image[x + (s.dx == 0 ? Double(k) : 0), y + (s.dy == 0 ? Double(k) : 0)]) }.max()!
                }
                // The mark: dark somewhere between `near` and `far`.
                let marked = stride(from: near + 1, to: far - 1, by: 1).contains { d in let (x, y) = point(d); return line(x, y) > 60 }
                #expect(marked, "page \(n + 1): no crop mark from (\(s.x), \(s.y))")
                // Between a corner and its mark's start (the bleed and the gap): the colour of
                // the same spot 4 pt further out, that is no line.
                for d in stride(from: 1.5, to: near - 1, by: 1) where !folds.contains(where: { $0.x == s.x && $0.y == s.y }) {
                    let (x, y) = point(d)
                    let (ax, ay) = (x + (s.dx == 0 ? 4 * (s.x > t.x + t.width / 2 ? 1 : -1) : 0), y + (s.dy == 0 ? 4 * (s.y > t.y + t.height / 2 ? 1 : -1) : 0))
                    #expect(abs(line(x, y) - line(ax, ay)) < 40, "page \(n + 1): a mark reaches (\(x), \(y)), inside the bleed or its gap")
                }
            }
        }
    }
}
