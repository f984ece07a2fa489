import Foundation
import Testing
import FeuilletLayout
@testable import FeuilletRender
import FeuilletStyle
import FeuilletPipeline
import FeuilletTestSupport

/// `check --press`'s rules, each on a page made to break it, and on what is fine.
@Suite("Press check")
struct PressCheckTests {
    /// The pipeline of this thread makes it once.
    static var colors: PressColorSpace { try! Support.pipeline.pressColors() }
    static let mm = 72 / 25.4

    /// An A5 sheet with `bleed` around its trim, holding `items`.
    func sheet(bleed: Double, _ items: [(FrameItem, Point)]) -> [Page] {
        let m = bleed + 7 * Self.mm, trim = Rect(x: m, y: m, width: 420, height: 595)
        var frame = Frame(size: Size(width: 420 + 2 * m, height: 595 + 2 * m))
        for (item, at) in items { frame.add(item, at: at) }
        return [Page(size: frame.size, frame: frame, sheet: SheetGeometry(trim: trim, bleed: bleed, safeAreas: []))]
    }

    func findings(_ pages: [Page], inks: [Color: CMYK] = [:]) -> [Finding] {
        PressCheck(colors: Self.colors, pages: pages, bodyColor: .black, inks: inks).findings()
    }

    @Test("a background touching the trim: under 3 mm of bleed an error, at 3 mm none")
    func bleed() {
        let accent = Color(parsing: "#7a1f2b")!
        func band(_ bleed: Double) -> [Page] {
            let m = bleed + 7 * Self.mm
            return sheet(bleed: bleed, [(.shape(Shape(.rectangle(Size(width: 420 + 2 * bleed, height: 60), cornerRadius: 0), fill: accent)), Point(x: m - bleed, y: m - bleed))])
        }
        let short = findings(band(1 * Self.mm))
        #expect(short.contains { $0.rule == "press-bleed" && $0.severity == .error && $0.message.contains("runs 1 mm past it") }, "\(short)")
        #expect(!findings(band(3 * Self.mm)).contains { $0.rule == "press-bleed" })
        // Inside the trim, nothing to bleed.
        #expect(findings(sheet(bleed: 0, [(.shape(Shape(.rectangle(Size(width: 100, height: 60), cornerRadius: 0), fill: accent)), Point(x: 100, y: 100))])).isEmpty)
    }

    @Test("hairlines under 0.25 pt are a warning; 0.25 pt (crop marks) is fine")
    func hairlines() {
        let thin = findings(sheet(bleed: 0, [(.shape(Shape(.rule(to: Point(x: 100, y: 0)), stroke: .black, lineWidth: 0.1)), Point(x: 50, y: 50))]))
        #expect(thin.contains { $0.rule == "press-hairline" && $0.message.contains("0.1 pt") }, "\(thin)")
        let thinFill = findings(sheet(bleed: 0, [(.shape(Shape(.rectangle(Size(width: 100, height: 0.2), cornerRadius: 0), fill: .black)), Point(x: 50, y: 50))]))
        #expect(thinFill.contains { $0.rule == "press-hairline" }, "a rule drawn as a thin rectangle: \(thinFill)")
        #expect(findings(sheet(bleed: 0, [(.shape(Shape(.rule(to: Point(x: 100, y: 0)), stroke: .black, lineWidth: 0.25)), Point(x: 50, y: 50))])).isEmpty)
    }

    @Test("a grey rule given rich-black inks is an error")
    func richBlackRule() {
        let grey = Color(parsing: "#333333")!
        let found = findings(sheet(bleed: 0, [(.shape(Shape(.rule(to: Point(x: 100, y: 0)), stroke: grey, lineWidth: 1)), Point(x: 50, y: 50))]),
                             inks: [grey: CMYK(cyan: 40, magenta: 30, yellow: 30, black: 90)])
        #expect(found.contains { $0.rule == "press-black" && $0.severity == .error }, "\(found)")
    }

    @Test("images: under 300 ppi a warning, under 150 an error", arguments: [(72.0, "error"), (36.0, "warning"), (24.0, nil)])
    func images(points: Double, expected: String?) {
        let image = Image(width: 100, height: 100, stride: 400, pixels: [UInt8](repeating: 255, count: 40_000))
        let found = findings(sheet(bleed: 0, [(.image(image, Size(width: points, height: points)), Point(x: 50, y: 50))]))
        #expect(found.filter { $0.rule == "press-image" }.map(\.severity.rawValue) == (expected.map { [$0] } ?? []), "\(found)")
    }

    @Test("text: grey with rich-black inks an error; body text in several inks and small text in several inks, warnings")
    func text() throws {
        let style = Support.temporaryFolder().appendingPathComponent("encres.yml")
        try """
            extends: classique
            roles:
              body: { color: "#1b2333" }
              heading-1: { color: { rgb: "#333333", cmyk: [40, 30, 30, 90] } }
              footer: { size: 5pt }
            """.write(to: style, atomically: true, encoding: .utf8)
        let found = try Support.rendition(.print(.a4, press: true), style: style.path, article: PrintedLeaflet.shortArticle).findings
        #expect(found.contains { $0.rule == "press-black" && $0.severity == .error && $0.message.contains("#333333") }, "\(found)")
        #expect(found.contains { $0.rule == "press-inks" && $0.severity == .warning && $0.message.contains("#1b2333") }, "\(found)")
        #expect(found.contains { $0.rule == "press-small-text" && $0.message.hasPrefix("5 pt text in #5a5a5a") } == false, "grey footer is black ink alone: \(found)")
        #expect(!found.contains { $0.rule == "press-small-text" && $0.message.contains("#5a5a5a") })
        let accentFooter = Support.temporaryFolder().appendingPathComponent("petit.yml")
        try "extends: classique\nroles:\n  footer: { size: 5pt, color: accent }\n".write(to: accentFooter, atomically: true, encoding: .utf8)
        let small = try Support.rendition(.print(.a4, press: true), style: accentFooter.path, article: PrintedLeaflet.shortArticle).findings
        #expect(small.contains { $0.rule == "press-small-text" && $0.message.hasPrefix("5 pt text in #7a1f2b prints in 3 inks") }, "\(small)")
    }

    @Test("the office file read as a press file: no output intent, RGB left — both errors")
    func officeFileIsNotPress() throws {
        let rendition = try Support.rendition(.a4, article: PrintedLeaflet.shortArticle)
        let url = try Support.pipeline.write(rendition, in: OutputLocation(folder: Support.temporaryFolder()))[0]
        let found = try PressCheck.file([UInt8](Data(contentsOf: url)))
        #expect(found.contains { $0.rule == "press-intent" && $0.severity == .error })
        #expect(found.contains { $0.rule == "press-rgb" && $0.severity == .error })
        #expect(!found.contains { $0.rule == "press-coverage" })
    }
}
