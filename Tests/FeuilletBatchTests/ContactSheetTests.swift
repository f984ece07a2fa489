import Foundation
import Testing
@testable import FeuilletBatch
import FeuilletPipeline
import FeuilletTestSupport

/// The contact sheet shows the whole batch: every page and slide of every variant, every
/// failure and skip, on pages of a fixed size, an article starting a page of its own.
@Suite("Batch: the contact sheet")
struct ContactSheetTests {
    @Test("every page, slide and failure is on the sheet, one or more A4 landscape pages per article")
    func everything() throws {
        let project = try BatchTests.Project(styles: ["bon": "extends: classique\n", "casse": "extends: classique\nroles:\n  body: { sise: 11pt }\n"],
                                             formats: "[a4, trifold, quote-square, carousel-portrait]")
        try FileManager.default.copyItem(atPath: Support.root.appendingPathComponent("Articles/fievre-enfant.md").path,
                                         toPath: project.folder.appendingPathComponent("Articles/fievre-enfant.md").path)
        try String(contentsOf: project.manifest, encoding: .utf8).replacingOccurrences(of: "[Articles/metastases.md]", with: "[Articles/*.md]")
            .write(to: project.manifest, atomically: true, encoding: .utf8)
        #expect(try project.run() == 1)
        let report = try project.report()
        let pages = report.outputs.filter { $0.status == .written }.map(\.pages).reduce(0, +)
        #expect(report.failed.count == 8 && report.skipped.count >= 1 && pages > 8, "\(report.summary)")
        let sheet = project.output.appendingPathComponent("contact-sheet.pdf").path
        let info = try Support.tool(["pdfinfo", sheet]).output
        #expect(info.contains("Page size:       842 x 595 pts (A4)"), "\(info)")
        let sheetPages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) })
        #expect(sheetPages >= 2)
        // One picture per page or slide of every output made.
        let images = try Support.tool(["pdfimages", "-list", sheet]).output.split(separator: "\n").dropFirst(2)
        #expect(images.count == pages, "\(images.count) pictures for \(pages) pages")
        // Each article starts a page; every failure and skip is said.
        let text = try Support.tool(["pdftotext", "-layout", sheet, "-"]).output
        let perPage = text.components(separatedBy: "\u{0C}")
        for article in ["fievre-enfant", "metastases"] { #expect(perPage.contains { $0.contains("variantes — \(article)") }, "\(article)") }
        #expect(text.components(separatedBy: "échec").count - 1 == 8, "\(text)")
        #expect(text.contains("ignoré"), "\(text)")
        // The PNG pages are the same pages.
        let pngs = try FileManager.default.contentsOfDirectory(atPath: project.output.path).filter { $0.hasPrefix("contact-sheet-") && $0.hasSuffix(".png") }
        #expect(pngs.count == sheetPages)
    }

    @Test("each article's pages of the sheet are in its language: English words for lang: en, French ones for French")
    func languages() throws {
        let project = try BatchTests.Project(styles: ["bon": "extends: classique\n", "casse": "extends: classique\nroles:\n  body: { sise: 11pt }\n"],
                                             formats: "[a4]")
        let english = try String(contentsOfFile: Support.article, encoding: .utf8).replacingOccurrences(of: "lang: fr", with: "lang: en")
        try english.write(to: project.folder.appendingPathComponent("Articles/english.md"), atomically: true, encoding: .utf8)
        try String(contentsOf: project.manifest, encoding: .utf8).replacingOccurrences(of: "[Articles/metastases.md]", with: "[Articles/*.md]")
            .write(to: project.manifest, atomically: true, encoding: .utf8)
        #expect(try project.run() == 1)
        #expect(try project.report().outputs.map(\.language) == ["en", "en", "fr", "fr"])
        let text = try Support.tool(["pdftotext", "-layout", project.output.appendingPathComponent("contact-sheet.pdf").path, "-"]).output
        let pages = text.components(separatedBy: "\u{0C}")
        let englishPage = try #require(pages.first { $0.contains("— english") }), frenchPage = try #require(pages.first { $0.contains("— metastases") })
        #expect(englishPage.contains("Feuillet — 4 variants — english") && englishPage.contains("failed:") && !englishPage.contains("échec"), "\(englishPage)")
        #expect(frenchPage.contains("Feuillet — 4 variantes — metastases") && frenchPage.contains("échec") && !frenchPage.contains("failed:"), "\(frenchPage)")
    }
}
