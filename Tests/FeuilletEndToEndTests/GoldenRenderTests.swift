import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletCLI
import FeuilletLayout
import FeuilletRender

/// Small reference pictures of the sample article in each shipped style (A4 page 1, the
/// trifold's outside, the square card), kept in Tests/FeuilletEndToEndTests/Golden.
/// A change in what is drawn fails with the actual picture and a difference picture
/// written next to each other; `make golden` (FEUILLET_RECORD_GOLDEN=1) records them anew.
@Suite("Golden renders")
struct GoldenRenderTests {
    static let folder = Support.root.appendingPathComponent("Tests/FeuilletEndToEndTests/Golden")
    static let recording = ProcessInfo.processInfo.environment["FEUILLET_RECORD_GOLDEN"] == "1"
    static let cases: [(style: String, format: String)] = ["classique", "moderne", "grand-caractere", "nuit"]
        .flatMap { style in ["a4", "trifold", "card-square"].map { (style, $0) } }

    /// A quarter of a point per pixel (18 dpi): enough to see a layout change, a few kilobytes a file.
    func picture(style: String, format: String) throws -> [UInt8] {
        let result = try Support.rendition(try #require(Target(name: format)), style: style, options: RenderOptions(fit: .shrink, bleed: 0))
        let page = try #require(result.pages.first)
        return try PNGExporter(scale: 0.25).render(page)
    }

    @Test("each style's A4 page 1, trifold outside and square card look as recorded", arguments: cases.map { "\($0.style)/\($0.format)" })
    func golden(name: String) throws {
        let parts = name.split(separator: "/").map(String.init)
        let actual = try picture(style: parts[0], format: parts[1])
        let file = Self.folder.appendingPathComponent("\(parts[0])-\(parts[1]).png")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(actual).write(to: file)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: file.path), "no golden picture \(file.path): run `make golden`")
        let a = try PNGDecoder.decode(actual), e = try PNGDecoder.decode([UInt8](expected))
        #expect(a.width == e.width && a.height == e.height, "\(name): \(a.width)×\(a.height) instead of \(e.width)×\(e.height)")
        guard a.width == e.width && a.height == e.height else { return }
        // Tolerance: antialiasing may move a little; a moved line of text does not pass.
        var diff = [UInt8](repeating: 255, count: a.rgb.count), changed = 0
        for i in stride(from: 0, to: a.rgb.count, by: 3) {
            let d = (0..<3).map { abs(Int(a.rgb[i + $0]) - Int(e.rgb[i + $0])) }.max()!
            if d > 48 { changed += 1; diff[i] = 255; diff[i + 1] = 0; diff[i + 2] = 0 }
        }
        let share = Double(changed) / Double(a.width * a.height)
        if share > 0.002 {
            let out = Support.temporaryFolder()
            let actualFile = out.appendingPathComponent("\(parts[0])-\(parts[1])-actual.png")
            let diffFile = out.appendingPathComponent("\(parts[0])-\(parts[1])-diff.png")
            try Data(actual).write(to: actualFile)
            try Data(try PNGExporter.encode(rgb: diff, width: a.width, height: a.height)).write(to: diffFile)
            Issue.record("\(name): \(changed) pixels differ (\(String(format: "%.2f", share * 100)) %); see \(actualFile.path) and \(diffFile.path)")
        }
    }
}
