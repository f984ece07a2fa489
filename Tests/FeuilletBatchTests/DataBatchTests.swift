import Foundation
import Testing
@testable import FeuilletBatch
import FeuilletLayout
import FeuilletPipeline
import FeuilletRender
import FeuilletTestSupport

@Suite("Batch: bulk cards from a data file in the manifest")
struct DataBatchTests {
    /// A folder with a manifest naming a semicolon CSV of `rows` tips (row `bad` without a title).
    static func project(rows: Int, bad: Int? = nil, presets: String = "[square, og]", settings: String = "") throws -> URL {
        let folder = Support.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var lines = ["id;Astuce;Détail"]
        for n in 1...rows { lines.append("astuce-\(n);\(n == bad ? "" : "Astuce \(n) : proposez à boire");Toutes les \(n) heures.") }
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("astuces.csv"), atomically: true, encoding: .utf8)
        try """
            data:
              - file: astuces.csv
                map: { title: Astuce, text: Détail, name: id }
                presets: \(presets)
            styles: [moderne]
            output: out
            \(settings)
            """.write(to: folder.appendingPathComponent("lot.yml"), atomically: true, encoding: .utf8)
        return folder
    }

    static func run(_ folder: URL) throws -> BatchCoordinator.Outcome {
        var batch = BatchRun(manifest: try BatchManifest(file: folder.appendingPathComponent("lot.yml").path), workers: 1)
        batch.quiet = true
        return try batch.run(Support.workspace)
    }

    @Test("a manifest with a data file writes a card per row and preset, named from the column, with alt texts; no article's outputs")
    func cards() throws {
        let folder = try Self.project(rows: 6)
        let outcome = try Self.run(folder)
        #expect(outcome.report.outputs.map(\.key) == ["astuces/moderne/card-og", "astuces/moderne/card-square"])
        #expect(outcome.report.failed.isEmpty && outcome.report.failedRows == 0, "\(outcome.report.summary)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/astuces/moderne").path).sorted()
        #expect(files.filter { $0.hasSuffix(".png") }.count == 12, "\(files)")
        #expect(files.contains("astuce-4-square.png") && files.contains("astuce-4-og.txt"))
        guard case .raster(let og) = try PictureDecoder.decode([UInt8](try Data(contentsOf: folder.appendingPathComponent("out/astuces/moderne/astuce-4-og.png")))) else {
            Issue.record("not a PNG")
            return
        }
        #expect(og.width == 1200 && og.height == 630)
        // Up to date on a second run; the data file changed, its jobs are made again.
        #expect(try Self.run(folder).report.upToDate == 2)
        try "id;Astuce;Détail\nastuce-1;Une seule astuce;Buvez.".write(to: folder.appendingPathComponent("astuces.csv"), atomically: true, encoding: .utf8)
        #expect(try Self.run(folder).report.written == 2)
        // The rows gone from the data leave no card behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/astuces/moderne").path).sorted()
        #expect(left == ["astuce-1-og.png", "astuce-1-og.txt", "astuce-1-square.png", "astuce-1-square.txt"], "\(left)")
    }

    @Test("the manifest's dpi is written in every data card, and the contact sheet shows every row's card in the order of the data")
    func dpiAndContactSheet() throws {
        let folder = try Self.project(rows: 4, bad: 2, presets: "square", settings: "dpi: 300")
        let outcome = try Self.run(folder)
        let cards = folder.appendingPathComponent("out/astuces/moderne")
        for n in [1, 3, 4] {
            let header = try PNGHeader(cards.appendingPathComponent("astuce-\(n)-square.png"))
            #expect(header.width == 1080 && header.dpi == 300, "\(header)")
        }
        let entries = ContactSheet.groups(outcome.report, output: folder.appendingPathComponent("out")).flatMap(\.entries)
        #expect(entries.map(\.images.count) == [3] && entries.allSatisfy { $0.note == nil }, "\(entries.map(\.note))")
        // Row 3's card, not row 1's, is the second thumbnail: the title differs in the pixels.
        let images = try #require(entries.first?.images)
        #expect(images[0].pixels != images[1].pixels && images[1].pixels != images[2].pixels)
    }

    @Test("a bad row fails alone, named by its number in the report and the summary; the others are written")
    func badRow() throws {
        let folder = try Self.project(rows: 5, bad: 3, presets: "square")
        let outcome = try Self.run(folder)
        #expect(outcome.report.failedRows == 1)
        let job = try #require(outcome.report.outputs.first)
        #expect(job.findings.contains { $0.severity == .error && $0.rule == DataCards.rowRule && $0.message.hasPrefix("row 3: no title") }, "\(job.findings)")
        #expect(outcome.report.summary.contains("1 data card not made"), "\(outcome.report.summary)")
        #expect(outcome.report.summary.contains("row 3: no title (column \"Astuce\" is empty) (astuces/moderne/card-square)"), "\(outcome.report.summary)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/astuces/moderne").path)
        #expect(Set(files.filter { $0.hasSuffix(".png") }) == Set([1, 2, 4, 5].map { "astuce-\($0)-square.png" }))
    }

    @Test("the batch checks every data card's glyphs: a character no font has is an error finding naming its row")
    func missingGlyph() throws {
        let folder = try Self.project(rows: 3, presets: "square")
        try "id;Astuce;Détail\nastuce-1;Buvez;De l'eau.\nastuce-2;Le mot 漢;Sans glyphe.".write(to: folder.appendingPathComponent("astuces.csv"), atomically: true, encoding: .utf8)
        let job = try #require(try Self.run(folder).report.outputs.first)
        #expect(job.findings.contains { $0.rule == "missing-glyph" && $0.message.hasPrefix("row 2: no font in Fonts/ has \"漢\"") }, "\(job.findings)")
    }

    @Test("a field the cards do not have is refused at its line in the manifest, with the closest field")
    func unknownField() throws {
        let folder = Support.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let manifest = folder.appendingPathComponent("lot.yml")
        try "data:\n  - file: astuces.csv\n    map: { titel: Astuce }\n".write(to: manifest, atomically: true, encoding: .utf8)
        #expect {
            try BatchManifest(file: manifest.path)
        } throws: { error in
            "\(error)".contains("lot.yml:3:") && "\(error)".contains("no field \"titel\"") && "\(error)".contains("title")
        }
    }
}
