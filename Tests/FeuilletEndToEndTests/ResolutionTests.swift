import Foundation
import Testing
import FeuilletTestSupport

/// `render --dpi`: the pixel size of PNG and SVG leaflets.
@Suite("render --dpi")
struct ResolutionTests {
    func render(_ format: String, _ type: String, _ extra: [String]) throws -> (status: Int32, errors: String, files: [URL]) {
        let folder = Support.temporaryFolder()
        let run = Support.run(["render", Support.article, "--root", Support.root.path, "--format", format, "--type", type,
                               "--output", folder.appendingPathComponent("page.\(type)").path] + extra)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0) }
        return (run.status, run.errors, files)
    }

    @Test("a 150 dpi A4 PNG is 1240 × 1754 px at the trim and says 150 dpi; without --dpi it stays 794 × 1123",
          arguments: [(["--dpi", "150"], 1240, 1754, 150), ([], 794, 1123, nil)] as [([String], Int, Int, Int?)])
    func a4(extra: [String], width: Int, height: Int, dpi: Int?) throws {
        let (status, errors, files) = try render("a4", "png", extra)
        #expect(status == 0, "\(errors)")
        let first = try #require(files.first)
        let size = try PNGHeader(first)
        #expect(size.width == width && size.height == height && size.dpi == dpi, "\(size)")
    }

    @Test("the trifold at 100 dpi is A4 landscape: 1169 × 827 px, both sides")
    func trifold() throws {
        let (status, _, files) = try render("trifold", "png", ["--dpi", "100"])
        #expect(status == 0 && files.count == 2)
        for file in files { let size = try PNGHeader(file); #expect(size.width == 1169 && size.height == 827, "\(size)") }
    }

    @Test("an SVG at 150 dpi is measured in pixels, 1240 × 1754; without --dpi in points")
    func svg() throws {
        let (status, _, files) = try render("a4", "svg", ["--dpi", "150"])
        #expect(status == 0)
        let head = String(decoding: try Data(contentsOf: try #require(files.first)).prefix(400), as: UTF8.self)
        #expect(head.contains(#"width="1240px" height="1754px" viewBox="0 0 1240 1754""#), "\(head)")
        let plain = try render("a4", "svg", [])
        let points = String(decoding: try Data(contentsOf: try #require(plain.files.first)).prefix(400), as: UTF8.self)
        #expect(points.contains(#"width="595.275591pt""#), "\(points)")
    }

    @Test("a card keeps its preset's pixels and writes the resolution")
    func card() throws {
        let (status, _, files) = try render("card-square", "png", ["--dpi", "300"])
        #expect(status == 0)
        let size = try PNGHeader(try #require(files.first))
        #expect(size.width == 1080 && size.height == 1080 && size.dpi == 300, "\(size)")
    }

    @Test("a resolution out of range, or for a PDF, is refused in words and writes nothing",
          arguments: [("png", "1000", "--dpi 1000 is outside 36–600"), ("png", "10", "--dpi 10 is outside 36–600"),
                      ("pdf", "150", "--dpi is for png and svg files")])
    func refused(type: String, dpi: String, message: String) throws {
        let (status, errors, files) = try render("a4", type, ["--dpi", dpi])
        #expect(status == 1)
        #expect(errors.contains("error: \(message)"), "\(errors)")
        #expect(files.isEmpty)
    }
}
