import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletLayout
@testable import FeuilletRender
import FeuilletStyle

/// The press file with pictures, read back as a print shop would: the sample photo (its
/// JPEG), a translucent PNG, a grey PNG and an SVG librsvg draws with gradients, a pattern,
/// group opacity, a mask and a blur, all in CMYK for FOGRA39; nothing left in RGB.
@Suite("Press file with pictures", .serialized)
struct PressPictureTests {
    static let fixtures = Support.fixtures("FeuilletEndToEndTests").appendingPathComponent("press-images")
    static let photo = Support.root.appendingPathComponent("Articles/images/salle-attente.jpg")

    static let figures = [
        ("Une salle d'attente claire", "images/salle-attente.jpg"), ("Un dégradé derrière un disque transparent", "images/translucent.png"),
        ("Une rampe de gris", "images/grey.png"), ("Des formes : dégradés, damier, masque, flou", "images/formes.svg"),
    ]

    /// An article in a folder of its own holding `figures` (alt text, file), with the pictures
    /// it names: the sample photo, the fixtures, and what `extra` writes there.
    static func article(_ figures: [(String, String)], extra: (URL) throws -> Void = { _ in }) throws -> String {
        let folder = Support.temporaryFolder(), images = folder.appendingPathComponent("images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: photo, to: images.appendingPathComponent("salle-attente.jpg"))
        for file in ["translucent.png", "grey.png", "formes.svg"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(file), to: images.appendingPathComponent(file))
        }
        try extra(images)
        let body = figures.map { "![\($0.0)](\($0.1) \"\($0.0).\")" }.joined(separator: "\n\nUn paragraphe entre deux figures.\n\n")
        let text = "---\ntitle: \"Des images pour l'imprimeur\"\nlang: fr\ndate: 2026-12-02\n---\n\nUn paragraphe avant les figures.\n\n\(body)\n\nUn paragraphe après.\n"
        let url = folder.appendingPathComponent("images.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The article with every kind of picture, made once.
    static let pictures: String = try! article(figures)

    static var press: PrintedLeaflet { get throws { try PrintedLeaflet.shared(.a4, style: "classique", article: pictures) } }
    static var colors: PressColorSpace { try! Support.pipeline.pressColors() }

    @Test("no RGB left: every image CMYK or grey (soft masks grey), the photo still a JPEG, qpdf clean, no /DeviceRGB nor RGB profile")
    func noRGB() throws {
        let leaflet = try Self.press
        let check = try Support.tool(["qpdf", "--check", leaflet.url.path])
        #expect(check.status == 0 && check.output.contains("No syntax or stream encoding errors"), "\(check.output)")
        let text = try PressFileTests.decoded(leaflet.url)
        #expect(!text.contains("/DeviceRGB") && !text.contains("/CalRGB"))
        #expect(!text.contains("/N 3"), "no RGB ICC profile")
        #expect(text.firstMatch(of: /[0-9.]+ [0-9.]+ [0-9.]+ (rg|RG)\b/) == nil, "an RGB colour operator is left")
        #expect(text.contains("/ShadingType 2") && text.contains("/ShadingType 3") && text.contains("/PatternType 1") && text.contains("/S /Luminosity"),
                "the SVG's gradients, pattern and soft masks are in the file")

        let images = try Self.images(leaflet.url)
        #expect(images.contains { $0.type == "image" && $0.size == "2000 1500" && $0.color == "cmyk" && $0.encoding == "jpeg" }, "\(images)")
        #expect(images.contains { $0.type == "image" && $0.size == "400 300" && $0.color == "cmyk" && $0.encoding == "image" }, "the translucent PNG: \(images)")
        #expect(images.contains { $0.type == "smask" && $0.size == "400 300" && $0.color == "gray" }, "its transparency: \(images)")
        #expect(images.contains { $0.type == "image" && $0.size == "400 300" && $0.color == "gray" }, "the grey PNG: \(images)")
        for image in images { #expect(image.color == "cmyk" || image.color == "gray", "\(image)") }
        let findings = try PressCheck.file([UInt8](Data(contentsOf: leaflet.url)))
        #expect(!findings.contains { $0.rule == "press-rgb" }, "\(findings)")
    }

    @Test("the structure tree is the office file's: one Figure with its /Alt for each picture")
    func structureKept() throws {
        let press = try Self.press, office = try PrintedLeaflet.render(.a4, style: "classique", article: Self.pictures, fit: .shrink)
        func tree(_ url: URL) throws -> String { try Support.tool(["pdfinfo", "-struct-text", url.path]).output }
        #expect(try tree(press.url) == tree(office.url))
        let pdf = try PDFObjects(press.url)
        let alts = pdf.objects.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }
            .filter { $0["/S"] as? String == "/Figure" }.compactMap { $0["/Alt"] as? String }
        // The alt text as typeset (French apostrophes and spaces; qpdf writes "u:…"): the same words.
        let described = Self.figures.map(\.0) + [press.style.logo?.alt].compactMap { $0 }
        #expect(alts.map { Support.words(String($0.dropFirst(2))).joined(separator: " ") }.sorted() == described.map { Support.words($0).joined(separator: " ") }.sorted(),
                "\(alts)")
    }

    @Test("the photo: a CMYK JPEG at the press quality, its colours close to the office file's on patches of the picture (CIEDE2000 through lcms2)")
    func photoColours() throws {
        let leaflet = try Self.press
        let folder = Support.temporaryFolder()
        _ = try Support.tool(["pdfimages", "-j", leaflet.url.path, folder.appendingPathComponent("i").path])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") }
        #expect(files.count == 1, "\(files)")
        let pressJPEG = [UInt8](try Data(contentsOf: folder.appendingPathComponent(try #require(files.first))))
        let original = [UInt8](try Data(contentsOf: Self.photo))
        let ratio = Double(pressJPEG.count) / Double(original.count)
        print("the photo: \(original.count) bytes in the office file, \(pressJPEG.count) in the press file (×\(String(format: "%.2f", ratio))) at quality \(PressJPEG.quality)")
        #expect(ratio < 2.5, "four channels at quality \(PressJPEG.quality): \(ratio) times the photo's JPEG")

        let office = try PressJPEG.decode(original, width: 2000, height: 1500, as: .rgb).bytes
        let press = try PressJPEG.decode(pressJPEG, width: 2000, height: 1500, as: .cmyk).bytes
        // Patches of the picture scripts/make-sample-photo.py draws, 16 pixels square.
        let patches = [("wall", 300, 400), ("wall by the window", 900, 300), ("sky", 1200, 250), ("sky at dawn", 1600, 700), ("sun", 1300, 640),
                       ("hill", 1150, 860), ("chair", 250, 900), ("leaf", 1300, 870), ("pot", 1300, 1050), ("floor", 1000, 1400)]
        var differences: [Double] = []
        for (name, x, y) in patches {
            var rgb = [0.0, 0, 0], cmyk = [0.0, 0, 0, 0]
            for dy in -8..<8 {
                for dx in -8..<8 {
                    let p = (y + dy) * 2000 + x + dx
                    for c in 0..<3 { rgb[c] += Double(office[p * 3 + c]) / 255 / 256 }
                    for c in 0..<4 { cmyk[c] += Double(press[p * 4 + c]) / 2.55 / 256 }
                }
            }
            let screen = Color(red: rgb[0], green: rgb[1], blue: rgb[2]), inks = CMYK(cyan: cmyk[0], magenta: cmyk[1], yellow: cmyk[2], black: cmyk[3])
            let d = Self.colors.difference(screen, printed: inks), converted = Self.colors.difference(screen, printed: Self.colors.converted(screen))
            print("  \(name): \(screen) → \(inks), ΔE00 \(String(format: "%.2f", d)) (lcms2's own conversion of the patch: \(String(format: "%.2f", converted)))")
            #expect(abs(d - converted) < 1, "\(name): the JPEG adds \(d - converted) to what the conversion gives")
            differences.append(d)
        }
        let mean = differences.reduce(0, +) / Double(differences.count)
        print("  mean ΔE00 \(String(format: "%.2f", mean)), highest \(String(format: "%.2f", differences.max()!))")
        #expect(mean < 2 && differences.max()! < 5, "\(differences)")
    }

    @Test("ink coverage with photos, one of them nearly black: Ghostscript's highest is at most 300 %, and the check's note is at least that")
    func coverage() throws {
        let article = try Self.article([("Une photo très sombre", "images/sombre.jpg"), Self.figures[0]]) { images in
            try Self.darkPhoto(to: images.appendingPathComponent("sombre.jpg"))
        }
        let leaflet = try PrintedLeaflet.render(.a4, style: "classique", article: article, fit: .shrink, press: true)
        let measured = try PressFileTests.maximumCoverage(leaflet.url)
        let note = try #require(try PressCheck.file([UInt8](Data(contentsOf: leaflet.url))).first { $0.rule == "press-coverage" })
        let said = try #require(note.message.firstMatch(of: /coverage ([0-9.]+) %/).flatMap { Double($0.1) })
        print("coverage with a nearly black photo: Ghostscript \(measured) %, the check \(note.message)")
        #expect(measured > 250 && measured <= 300, "\(measured) %")
        // The check reads every pixel; Ghostscript at 72 dpi a sample of them.
        #expect(note.severity == .note && said >= measured - 1 && said <= 300, "the check says \(note.message), Ghostscript measures \(measured) %")
    }

    @Test("press-image on real figures: the sample photo large (598 ppi) passes; a quarter of it, and a piece of it, set at their least (150 ppi), are a warning, not an error")
    func resolution() throws {
        func findings(_ figure: (String, String)) throws -> [Finding] {
            let article = try Self.article([figure]) { images in
                let small = images.appendingPathComponent("petite.ppm")
                try Self.run(["djpeg", "-scale", "1/4", "-outfile", small.path, Self.photo.path])
                try Self.run(["cjpeg", "-quality", "85", "-outfile", images.appendingPathComponent("petite.jpg").path, small.path])
                // 310 × 232 pixels: set 148.8 pt wide, layout's arithmetic gives 149.99999999999997 ppi.
                try Self.run(["jpegtran", "-crop", "310x232+1104+192", "-outfile", images.appendingPathComponent("fenetre.jpg").path, Self.photo.path])
            }
            return try Support.rendition(.print(.a4, press: true), article: article).findings.filter { $0.rule == "press-image" }
        }
        #expect(try findings(Self.figures[0]).isEmpty)
        for small in [("Une petite photo", "images/petite.jpg"), ("La fenêtre", "images/fenetre.jpg")] {
            let found = try findings(small)
            #expect(found.count == 1 && found[0].severity == .warning && found[0].message.contains("at 150 ppi"), "\(small.1): \(found)")
        }
    }

    @Test("a photo turned a quarter by its EXIF is measured as it is seen")
    func turnedPhoto() {
        // 1000 × 3000 pixels stored, shown 3000 across: 10 × 3.33 inches is 300 ppi.
        let image = Image(width: 1000, height: 3000, stride: 4000, pixels: [], orientation: 6)
        #expect(PressCheck.resolution(image, size: Size(width: 720, height: 240), page: 1).isEmpty)
        #expect(PressCheck.resolution(image, size: Size(width: 1440, height: 480), page: 1).first?.severity == .warning)
    }

    @Test("the SVG's gradient through Ghostscript: halfway between its first two stops, the inks lcms2 gives the colour halfway")
    func gradient() throws {
        let leaflet = try Self.press
        var placed: (page: Int, at: Point, size: Size)?
        for (n, page) in leaflet.pages.enumerated() {
            page.frame.walk { origin, item in if case .vector(_, let size) = item.item { placed = (n, origin, size) } }
        }
        let svg = try #require(placed)
        // The gradient fills x 0…200 and y 0…100 of the SVG's 400 × 300: a quarter across, its first two stops' middle.
        let x = svg.at.x + svg.size.width * 50 / 400, y = svg.at.y + svg.size.height * 50 / 300
        let inks = try Self.inks(leaflet.url, page: svg.page, x: x, y: y, pageWidth: leaflet.pages[svg.page].size.width)
        let blue = Color(parsing: "#0b57d0")!, yellow = Color(parsing: "#ffcc00")!
        let middle = Color(red: (blue.red + yellow.red) / 2, green: (blue.green + yellow.green) / 2, blue: (blue.blue + yellow.blue) / 2)
        let expected = Self.colors.converted(middle).inks
        for (ink, want) in zip(inks, expected) { #expect(abs(ink - want) < 3, "C M Y K \(inks), lcms2 \(expected)") }
    }

    @Test("the grey picture prints in black ink alone, each grey as dark as grey text of that grey")
    func greyPicture() throws {
        let leaflet = try Self.press
        var placed: (page: Int, at: Point, size: Size)?
        for (n, page) in leaflet.pages.enumerated() {
            page.frame.walk { origin, item in
                if case .image(let image, let size) = item.item, image.width == 400, !image.hasAlpha, image.pixels[0] == image.pixels[1] { placed = (n, origin, size) }
            }
        }
        let grey = try #require(placed)
        let area = Rect(x: grey.at.x, y: grey.at.y, width: grey.size.width, height: grey.size.height)
        let coverage = try PressFileTests.inkCoverage(leaflet.url, page: grey.page + 1, area: area, pageHeight: leaflet.pages[grey.page].size.height)
        #expect(coverage[0] == 0 && coverage[1] == 0 && coverage[2] == 0 && coverage[3] > 0.1, "C M Y K \(coverage)")
        // The ramp's middle column is grey 127/255.
        let inks = try Self.inks(leaflet.url, page: grey.page, x: grey.at.x + grey.size.width / 2, y: grey.at.y + grey.size.height / 2,
                                 pageWidth: leaflet.pages[grey.page].size.width)
        let v = 127.0 / 255, text = Self.colors.cmyk(for: Color(red: v, green: v, blue: v))
        #expect(abs(inks[3] - text.black) < 2 && inks[0] + inks[1] + inks[2] == 0, "C M Y K \(inks), grey text \(text)")
    }

    @Test("the office file with pictures read as a press file: its images are RGB left")
    func officeImagesAreRGB() throws {
        let office = try PrintedLeaflet.render(.a4, style: "classique", article: Self.pictures, fit: .shrink)
        let rgb = try PressCheck.file([UInt8](Data(contentsOf: office.url))).first { $0.rule == "press-rgb" }
        #expect(rgb?.severity == .error && rgb?.message.contains("3 images") == true && rgb?.message.contains("gradient") == true, "\(String(describing: rgb))")
    }

    @Test("the press file with pictures is the same bytes when made again")
    func reproducible() throws {
        let a = try PrintedLeaflet.render(.a4, style: "nuit", article: Self.pictures, fit: .shrink, press: true)
        let b = try PrintedLeaflet.render(.a4, style: "nuit", article: Self.pictures, fit: .shrink, press: true)
        #expect(try Data(contentsOf: a.url) == Data(contentsOf: b.url))
    }

    // MARK: tools

    /// Runs a tool that makes a file (djpeg, cjpeg); fails when it does not.
    static func run(_ arguments: [String]) throws {
        let run = try Support.tool(arguments)
        guard run.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: run.output]) }
    }

    /// `pdfimages -list`'s rows: type (image, smask), width and height, colour, encoding.
    static func images(_ url: URL) throws -> [(type: String, size: String, color: String, encoding: String)] {
        try Support.tool(["pdfimages", "-list", url.path]).output.split(separator: "\n").dropFirst(2).map { row in
            let c = row.split(separator: " ").map(String.init)
            return (c[2], "\(c[3]) \(c[4])", c[5], c[8])
        }
    }

    /// The inks at a point of a page (from 0; top-left origin, points), averaged over 3 × 3
    /// pixels of Ghostscript's 8-bit CMYK rendering at 72 dpi, in %.
    static func inks(_ url: URL, page: Int, x: Double, y: Double, pageWidth: Double) throws -> [Double] {
        let out = Support.temporaryFolder().appendingPathComponent("page.cmyk")
        let run = try Support.tool(["gs", "-q", "-o", out.path, "-sDEVICE=bitcmyk", "-dGrayValues=256", "-r72",
                                    "-dFirstPage=\(page + 1)", "-dLastPage=\(page + 1)", url.path])
        guard run.status == 0 else { throw CocoaError(.fileReadUnknown) }
        let bytes = [UInt8](try Data(contentsOf: out)), width = Int(pageWidth.rounded())
        var sum = [0.0, 0, 0, 0]
        for dy in -1...1 {
            for dx in -1...1 {
                let p = ((Int(y) + dy) * width + Int(x) + dx) * 4
                for c in 0..<4 { sum[c] += Double(bytes[p + c]) / 2.55 / 9 }
            }
        }
        return sum
    }

    /// A 600 × 450 photo, mostly near black, navy and dark brown, with grain (cjpeg at 75).
    static func darkPhoto(to url: URL) throws {
        let (w, h) = (600, 450)
        var seed: UInt32 = 7
        var ppm = Array("P6 \(w) \(h) 255\n".utf8)
        for y in 0..<h {
            for x in 0..<w {
                seed = seed &* 1_664_525 &+ 1_013_904_223
                let grain = Int(seed >> 28) - 8
                let base: [Int] = y < 150 ? [4, 4, 6] : y < 300 ? (x < 300 ? [10, 20, 60] : [40, 20, 5]) : [x * 255 / w, x * 80 / w, x * 50 / w]
                ppm += base.map { UInt8(min(max($0 + grain, 0), 255)) }
            }
        }
        let raw = url.deletingPathExtension().appendingPathExtension("ppm")
        try Data(ppm).write(to: raw)
        try run(["cjpeg", "-quality", "75", "-outfile", url.path, raw.path])
    }
}
