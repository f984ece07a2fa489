import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletCLI
@testable import FeuilletLayout
import FeuilletRender
import FeuilletStyle

/// The two print files: the office file by default (the page is the trim, RGB, tagged), and
/// the print shop's (`--press`): PDF/X-4 in CMYK for FOGRA39, read back with qpdf, poppler
/// and Ghostscript as a print shop's preflight would.
@Suite("Office and press files", .serialized)
struct PressFileTests {
    static let a4 = (width: 595.28, height: 841.89)

    @Test("render's default a4.pdf: MediaBox = TrimBox = 595.28 × 841.89 pt on every page, RGB, tagged", arguments: StyleOutputTests.styles)
    func officeDefault(style: String) throws {
        let folder = Support.temporaryFolder()
        let run = Support.run(["render", Support.article, "--root", Support.root.path, "--style", style, "--format", "a4",
                               "--output", folder.appendingPathComponent("a4.pdf").path])
        #expect(run.status == 0, "\(run.errors)")
        let url = folder.appendingPathComponent("a4.pdf")
        let info = try Support.tool(["pdfinfo", "-box", "-f", "1", "-l", "9", url.path]).output
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect(pages >= 1)
        for page in 1...max(1, pages) {
            let boxes = PrintFormatTests.boxes(info, page: page)
            for box in ["MediaBox", "TrimBox", "BleedBox"] {
                #expect(PrintFormatTests.close(boxes[box], [0, 0, Self.a4.width, Self.a4.height]), "page \(page) \(box): \(info)")
            }
        }
        #expect(info.contains("Tagged:          yes") && info.contains("PDF version:     1.5"))
        #expect(try Self.decoded(url).contains("/DeviceRGB"), "the office file stays RGB, as screens show it")
    }

    @Test("the press file: PDF/X-4, TrimBox and BleedBox on every page, qpdf clean, fonts embedded, no RGB, tagged",
          arguments: PrintFormatTests.cases)
    func pressFile(format: PrintFormat, style: String) throws {
        let leaflet = try PrintedLeaflet.shared(format, style: style)
        #expect(leaflet.url.lastPathComponent == "\(format.name)-press.pdf")
        let check = try Support.tool(["qpdf", "--check", leaflet.url.path])
        #expect(check.status == 0 && check.output.contains("No syntax or stream encoding errors"), "\(check.output)")
        let info = try Support.tool(["pdfinfo", "-box", "-f", "1", "-l", "\(leaflet.pages.count)", leaflet.url.path]).output
        #expect(info.contains("PDF version:     1.6") && info.contains("Tagged:          yes"), "\(info)")
        for page in 1...leaflet.pages.count {
            let boxes = PrintFormatTests.boxes(info, page: page)
            #expect(boxes["TrimBox"] != nil && boxes["BleedBox"] != nil && boxes["TrimBox"] != boxes["MediaBox"], "page \(page): \(info)")
        }
        let fonts = try Support.tool(["pdffonts", leaflet.url.path]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for row in fonts { #expect(row.contains(" yes yes "), "a font not embedded: \(row)") }

        let pdf = try PDFObjects(leaflet.url)
        let intents = pdf.catalog["/OutputIntents"] as? [Any] ?? []
        #expect(intents.count == 1)
        let intent = pdf.dictionary(intents.first)
        #expect(intent["/S"] as? String == "/GTS_PDFX")
        #expect(intent["/OutputConditionIdentifier"] as? String == "u:FOGRA39", "qpdf writes strings as u:…")
        #expect(intent["/RegistryName"] as? String == "u:http://www.color.org")
        #expect(pdf.isStream(intent["/DestOutputProfile"]) && pdf.dictionary(intent["/DestOutputProfile"])["/N"] as? Int == 4,
                "an embedded profile of four inks")
        #expect(pdf.info["/GTS_PDFXVersion"] as? String == "u:PDF/X-4")
        #expect(pdf.info["/Trapped"] as? String == "/False")
        #expect((pdf.info["/CreationDate"] as? String)?.hasPrefix("u:D:2026") == true, "\(pdf.info)")

        let text = try Self.decoded(leaflet.url)
        #expect(!text.contains("/DeviceRGB"))
        #expect(!text.contains("/N 3"), "no RGB ICC profile")
        #expect(text.firstMatch(of: /[0-9.]+ [0-9.]+ [0-9.]+ (rg|RG)\b/) == nil, "an RGB colour operator is left")
        #expect(text.contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>") && text.contains("<pdf:Trapped>False</pdf:Trapped>"),
                "the XMP says what the document information says")
    }

    @Test("Ghostscript's inkcov: body text prints in black ink alone, in every format and style", arguments: PrintFormatTests.cases)
    func bodyTextInBlackOnly(format: PrintFormat, style: String) throws {
        let leaflet = try PrintedLeaflet.shared(format, style: style)
        let body = leaflet.style[.body]
        var checked = 0
        for (n, page) in leaflet.pages.enumerated() {
            var lines: [Rect] = [], tinted: [Rect] = []
            page.frame.walk { origin, placed in
                if case .shape(let shape) = placed.item, let fill = shape.fill, fill != .white, case .rectangle(let size, _) = shape.geometry {
                    tinted.append(Rect(x: origin.x, y: origin.y, width: size.width, height: size.height))
                }
                guard case .text(let line) = placed.item, line.color == body.color, abs(line.fontSize - body.size * leaflet.scale) < 0.01,
                      line.width > 100 else { return }
                lines.append(Rect(x: origin.x, y: origin.y - line.ascent, width: line.width, height: line.ascent + line.descent))
            }
            // Body text on the page itself, not in a tinted box or panel.
            lines = lines.filter { line in !tinted.contains { $0.intersects(line) } }
            // A line of body text in the middle of the page: only its own area is measured.
            guard let line = lines.dropFirst(lines.count / 2).first else { continue }
            let inks = try Self.inkCoverage(leaflet.url, page: n + 1, area: line, pageHeight: page.size.height)
            #expect(inks[0] == 0 && inks[1] == 0 && inks[2] == 0 && inks[3] > 0.01, "page \(n + 1), \(line): C M Y K = \(inks)")
            checked += 1
        }
        #expect(checked > 0, "no body line measured")
    }

    @Test("nuit, the darkest style: the highest ink coverage of its press files, measured by Ghostscript, is at most 300 %, as the check says",
          arguments: PrintFormat.all)
    func nuitCoverage(format: PrintFormat) throws {
        let leaflet = try PrintedLeaflet.shared(format, style: "nuit")
        let measured = try Self.maximumCoverage(leaflet.url)
        #expect(measured > 150 && measured <= 300, "\(measured) %")
        let note = try #require(try PressCheck.file([UInt8](Data(contentsOf: leaflet.url))).first { $0.rule == "press-coverage" })
        let said = try #require(note.message.firstMatch(of: /coverage ([0-9.]+) %/).flatMap { Double($0.1) })
        #expect(note.severity == .note && abs(said - measured) < 1, "the check says \(note.message), Ghostscript measures \(measured) %")
    }

    @Test("fold marks are dashed, crop marks solid, in the press file's content")
    func foldMarks() throws {
        let leaflet = try PrintedLeaflet.shared(.trifold, style: "classique")
        var solid = 0, dashed = 0
        leaflet.pages[0].frame.walk { _, placed in
            guard case .shape(let shape) = placed.item, shape.lineWidth == 0.25, case .rule = shape.geometry else { return }
            if shape.dash.isEmpty { solid += 1 } else { dashed += 1 }
        }
        #expect(solid == 8 && dashed == 4, "two crop marks at each corner, a dashed mark at each end of each fold: \(solid) solid, \(dashed) dashed")
        #expect(try Self.decoded(leaflet.url).firstMatch(of: /\[ ?[0-9.]+ [0-9.]+\] 0 d/) != nil, "a dash pattern in the content")
    }

    @Test("the press file is tagged like the office file: the same structure tree")
    func pressKeepsStructure() throws {
        let office = try PrintedLeaflet.render(.a4, style: "classique"), press = try PrintedLeaflet.render(.a4, style: "classique", press: true)
        func tree(_ url: URL) throws -> String { try Support.tool(["pdfinfo", "-struct-text", url.path]).output }
        let pressTree = try tree(press.url)
        // Paper has no links: the press file's Link elements hold their text, not an annotation.
        let officeTree = try tree(office.url).replacingOccurrences(of: #"\n *Object [0-9]+ 0\n *"""#, with: "", options: .regularExpression)
        #expect(pressTree == officeTree, "the same elements and texts, links' elements included")
        #expect(pressTree.contains("H1") && pressTree.contains("Link"))
    }

    @Test("the press file is the same bytes when made again")
    func reproducible() throws {
        let a = try PrintedLeaflet.render(.trifold, style: "nuit", press: true), b = try PrintedLeaflet.render(.trifold, style: "nuit", press: true)
        #expect(try Data(contentsOf: a.url) == Data(contentsOf: b.url))
    }

    @Test("render --press writes <format>-press.pdf; --press for a card is refused")
    func command() throws {
        let root = Support.temporaryFolder()
        let run = Support.run(["render", PrintedLeaflet.shortArticle, "--root", Support.root.path, "--format", "a5", "--press", "--style", "moderne",
                               "--output", root.appendingPathComponent("x.pdf").path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("note: press-intent: PDF/X-4, output intent FOGRA39"), "\(run.errors)")
        let info = try Support.tool(["pdfinfo", "-box", root.appendingPathComponent("x.pdf").path]).output
        #expect(info.contains("PDF version:     1.6"))
        let card = Support.run(["render", PrintedLeaflet.shortArticle, "--root", Support.root.path, "--format", "card-square", "--press"])
        #expect(card.status != 0 && card.errors.contains("--press: card-square is not a print format"), "\(card.errors)")
    }

    @Test("check --press: the output intent and the highest coverage as notes, no press error for a shipped style; too little bleed is an error")
    func checkCommand() throws {
        let (status, report) = try CheckCommandTests().check([PrintedLeaflet.shortArticle, "--style", "nuit", "--format", "trifold", "--press"])
        #expect(status == 0 && report.format == "trifold-press", "\(report.findings)")
        let notes = report.findings.filter { $0.severity == .note }.map(\.rule)
        #expect(notes == ["press-intent", "press-coverage"], "\(report.findings)")
        #expect(!report.findings.contains { $0.rule.hasPrefix("press-") && $0.severity != .note }, "\(report.findings)")
        #expect(report.warnings == report.findings.filter { $0.severity == .warning }.count, "notes are not counted as warnings")
        // classique's trifold cover is a background to the trim: 1 mm of bleed is not enough.
        let (short, thin) = try CheckCommandTests().check([PrintedLeaflet.shortArticle, "--style", "classique", "--format", "trifold", "--press", "--bleed", "1mm"])
        #expect(short == 1 && thin.findings.contains { $0.rule == "press-bleed" && $0.severity == .error }, "\(thin.findings)")
        // The office file has no press check.
        let (_, office) = try CheckCommandTests().check([PrintedLeaflet.shortArticle, "--style", "nuit", "--format", "trifold"])
        #expect(!office.findings.contains { $0.rule.hasPrefix("press-") })
    }

    // MARK: tools

    /// The PDF with every stream decoded (qpdf's QDF form), as text for searching.
    static func decoded(_ url: URL) throws -> String {
        let out = Support.temporaryFolder().appendingPathComponent("qdf.pdf")
        _ = try Support.tool(["qpdf", "--qdf", "--object-streams=disable", url.path, out.path])
        return String(decoding: try Data(contentsOf: out), as: UTF8.self)
    }

    /// Ghostscript's inkcov of one area of a page (top-left origin, points): the share of
    /// the area each ink covers, C M Y K.
    static func inkCoverage(_ url: URL, page: Int, area: Rect, pageHeight: Double) throws -> [Double] {
        let bottom = pageHeight - area.maxY
        let run = try Support.tool(["gs", "-q", "-o", "-", "-sDEVICE=inkcov", "-r72", "-dFIXEDMEDIA",
                                    "-dDEVICEWIDTHPOINTS=\(Int(area.width.rounded(.up)))", "-dDEVICEHEIGHTPOINTS=\(Int(area.height.rounded(.up)))",
                                    "-dFirstPage=\(page)", "-dLastPage=\(page)",
                                    "-c", "<</Install {\(-area.x) \(-bottom) translate}>> setpagedevice", "-f", url.path])
        let numbers = run.output.split(separator: " ").compactMap { Double($0) }
        guard run.status == 0, numbers.count >= 4 else { throw CocoaError(.fileReadUnknown) }
        return Array(numbers.prefix(4))
    }

    /// The highest C + M + Y + K of any pixel of any page, in %, from Ghostscript's 8-bit
    /// CMYK rendering (`bitcmyk`) at 72 dpi.
    static func maximumCoverage(_ url: URL) throws -> Double {
        let folder = Support.temporaryFolder()
        let run = try Support.tool(["gs", "-q", "-o", folder.appendingPathComponent("page-%d.cmyk").path, "-sDEVICE=bitcmyk",
                                    "-dGrayValues=256", "-r72", url.path])
        guard run.status == 0 else { throw CocoaError(.fileReadUnknown) }
        var highest = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            for i in stride(from: 0, to: bytes.count - 3, by: 4) {
                highest = max(highest, Int(bytes[i]) + Int(bytes[i + 1]) + Int(bytes[i + 2]) + Int(bytes[i + 3]))
            }
        }
        return Double(highest) / 255 * 100
    }
}
