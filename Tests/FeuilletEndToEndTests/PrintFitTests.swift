import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletCLI
import FeuilletLayout

/// An article too long for a fixed-size format is set smaller (the pipeline's default),
/// down to the style's smallest scale, and says so; `--fit none` makes it an error that says
/// what did not fit; a format that grows never fails.
@Suite("Articles too long for dl or trifold", .serialized)
struct PrintFitTests {
    func render(_ article: String, _ extra: [String]) -> (status: Int32, errors: String, folder: URL, pdf: URL) {
        let folder = Support.temporaryFolder(), pdf = folder.appendingPathComponent("out.pdf")
        let run = Support.run(["render", article, "--root", Support.root.path, "--output", pdf.path] + extra)
        return (run.status, run.errors, folder, pdf)
    }

    @Test("too long for trifold with --fit none: one error line naming the first block that did not fit and the room missing; exit 1, no file")
    func tooLong() throws {
        let article = PrintedLeaflet.longArticle(times: 3)
        let run = render(article, ["--format", "trifold", "--fit", "none"])
        #expect(run.status == 1)
        let line = try #require(run.errors.split(separator: "\n").first { $0.contains("does not fit") })
        #expect(line.wholeMatch(of: /.+: error: does not fit trifold: the (paragraph|heading|list) "[^"]+…" needs \d+ mm more \(use --fit shrink or --fit digest\)/) != nil, "\(line)")
        #expect(line.hasPrefix("\(article): error: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: run.folder.path).isEmpty, "nothing written, not even a temporary file")
        // The same, measured: the missing room is what the rest of the text needs.
        let missing = try #require(Int(line.firstMatch(of: /needs (\d+) mm/)!.output.1))
        #expect(missing > 50)
    }

    @Test("with --fit shrink a long article is set smaller until it fits, and says by how much")
    func shrinks() throws {
        let article = PrintedLeaflet.longArticle(times: 2)
        #expect(render(article, ["--format", "trifold", "--fit", "none"]).status == 1, "it does not fit at full size")
        let run = render(article, ["--format", "trifold", "--fit", "shrink"])
        #expect(run.status == 0, "\(run.errors)")
        let note = try #require(run.errors.split(separator: "\n").first { $0.contains("warning: layout: text set at") })
        let percent = try #require(Int(note.firstMatch(of: /text set at (\d+) % of the style's sizes to fit trifold/)?.output.1 ?? ""), "\(note)")
        #expect((80..<100).contains(percent))
        #expect(try Support.tool(["pdfinfo", run.pdf.path]).output.contains("Pages:           2\n"))
        #expect(try Support.tool(["qpdf", "--check", run.pdf.path]).status == 0)
        let leaflet = try PrintedLeaflet.render(.trifold, style: "classique", article: article, fit: .shrink)
        #expect(Int((leaflet.scale * 100).rounded()) == percent)
        #expect(PrintedLeaflet.firstDifference(try leaflet.extractedText(), leaflet.expectedText) == nil)
    }

    @Test("even at the style's smallest scale: the error says so")
    func tooLongEvenShrunk() throws {
        let run = render(PrintedLeaflet.longArticle(times: 8), ["--format", "trifold", "--fit", "shrink"])
        #expect(run.status == 1)
        #expect(run.errors.contains("error: does not fit trifold even at 80 %: the "), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: run.pdf.path))
    }

    @Test("a DL flyer holds two sides: the vaccination article is its digest by default, smaller with --fit shrink; a4 and a5 just take more pages")
    func fixedAndGrowing() throws {
        let article = Support.root.appendingPathComponent("Articles/vaccination-grippe.md").path
        let dl = render(article, ["--format", "dl", "--fit", "none"])
        #expect(dl.status == 1 && dl.errors.contains("does not fit dl: the "), "\(dl.errors)")
        let digest = render(article, ["--format", "dl"])
        #expect(digest.status == 0 && digest.errors.contains("; set as a digest: "), "\(digest.errors)")
        let shrunk = render(article, ["--format", "dl", "--fit", "shrink"])
        #expect(shrunk.status == 0 && shrunk.errors.contains("to fit dl"), "\(shrunk.errors)")
        for format in ["a4", "a5"] {
            let run = render(PrintedLeaflet.longArticle(times: 3), ["--format", format])
            #expect(run.status == 0 && !run.errors.contains("text set at"), "\(run.errors)")
        }
    }
}
