import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletCLI
import FeuilletLayout

/// A Markdown table in the A4 PDF, as a reader and a screen reader get it: every cell's
/// text in order, the header row again over the column the table goes on in, the table's
/// elements with the header cells' scope; a table no column can hold is refused by name.
@Suite("Tables in the PDF", .serialized)
struct TableTests {
    func render(_ article: String, _ extra: [String] = []) -> (status: Int32, errors: String, pdf: URL, dump: URL) {
        let folder = Support.temporaryFolder()
        let pdf = folder.appendingPathComponent("out.pdf"), dump = folder.appendingPathComponent("out.json")
        let run = Support.run(["render", article, "--root", Support.root.path, "--output", pdf.path, "--dump-layout", dump.path] + extra)
        return (run.status, run.errors, pdf, dump)
    }

    @Test("9 rows of 4 columns over a column turn: every cell's text in order, the header twice, Table/TR/TH/TD, qpdf clean")
    func calendar() throws {
        let run = render(TableArticles.calendarOverATurn, ["--bleed", "0mm"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(try Support.tool(["qpdf", "--check", run.pdf.path]).status == 0)

        let text = try Support.tool(["pdftotext", "-raw", "-enc", "UTF-8", run.pdf.path, "-"]).output
        let found = Support.words(text.replacingOccurrences(of: "\u{2010}\n", with: ""))
        let header = Support.words(TableArticles.header.joined(separator: " "))
        let cells = Support.words((TableArticles.header + TableArticles.rows.flatMap { $0 }).joined(separator: " "))
        var position = found.startIndex
        for word in cells {
            let next = try #require(found[position...].firstIndex(of: word), "\"\(word)\" is missing or out of order")
            position = found.index(after: next)
        }
        let headers = found.indices.filter { Array(found[$0...].prefix(header.count)) == header }
        #expect(headers.count == 2, "the header row over each part of the table")

        let tree = try Support.tool(["pdfinfo", "-struct", run.pdf.path]).output
        let row = "    TR\n" + String(repeating: "      TD\n", count: 4)
        let table = "  Table (block)\n    TR\n" + String(repeating: "      TH:\n         /Scope /Column\n", count: 4) + String(repeating: row, count: 9)
        #expect(tree.contains(table), "\(tree)")

        // Every cell inside its column (the dump's geometry): the text of a TD or TH is
        // within the left or right column of the page, never across the gutter.
        let style = try Support.workspace.styles.load("classique"), p = style.page
        let width = (p.width.points() - p.marginLeft.points() - p.marginRight.points() - p.gutter.points()) / 2
        let columns = [p.marginLeft.points(), p.marginLeft.points() + width + p.gutter.points()].map { $0...($0 + width) }
        let pages = try JSONDecoder().decode([LayoutDump.PageInfo].self, from: Data(contentsOf: run.dump))
        let items = pages.flatMap(\.items).filter { $0.structure == "TD" || $0.structure == "TH" }
        #expect(items.count >= 36)
        for item in items {
            #expect(columns.contains { item.rect.x >= $0.lowerBound - 0.01 && item.rect.maxX <= $0.upperBound + 0.01 }, "\(item.text ?? "")")
        }
    }

    @Test("a table no column can hold: one error line naming it, exit 1, no file")
    func tooWide() throws {
        let run = render(TableArticles.tooWide)
        #expect(run.status == 1)
        let lines = run.errors.split(separator: "\n")
        #expect(lines.contains { $0.wholeMatch(of: /.+: error: does not fit a4 even at 80 %: the table "Colonne1 Colonne2 Colonne3…" is \d+ mm wider than its column/) != nil },
                "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: run.pdf.path))
    }

    @Test("the sample calendar: on A4 in every shipped style with nothing to correct; on the trifold, set or refused by name",
          arguments: PrintedLeaflet.shippedStyles)
    func sample(style: String) throws {
        let article = Support.root.appendingPathComponent("Articles/calendrier-vaccinal.md").path
        let a4 = try Support.rendition(.a4, style: style, article: article)
        #expect(a4.findings.filter { $0.severity == .error }.isEmpty, "\(a4.findings)")
        do {
            let trifold = try Support.rendition(.print(.trifold), style: style, article: article)
            #expect(trifold.findings.filter { $0.severity == .error }.isEmpty, "\(trifold.findings)")
        } catch let error as PrintLayout.DoesNotFit {
            // Large print keeps its text at 12 pt or more: four columns of it are wider than a panel.
            #expect(style == "grand-caractere" && error.overflow.block.hasPrefix("the table "), "\(error)")
        }
    }
}
