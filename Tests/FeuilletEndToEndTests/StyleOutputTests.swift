import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletCLI
import FeuilletLayout

@Suite("Every shipped style, rendered")
struct StyleOutputTests {
    static let styles = ["classique", "moderne", "grand-caractere", "nuit"]

    /// PostScript names of the font files in Fonts/, as pdffonts names embedded fonts.
    static let projectFonts: Set<String> = {
        let scan = try? Support.tool(["fc-scan", "--format", "%{postscriptname}\n", Support.root.appendingPathComponent("Fonts").path])
        return Set((scan?.output ?? "").split(separator: "\n").map(String.init))
    }()

    /// PostScript names of the italic faces of Fonts/.
    static let italicFonts: Set<String> = {
        let scan = try? Support.tool(["fc-scan", "--format", "%{postscriptname} %{slant}\n", Support.root.appendingPathComponent("Fonts").path])
        return Set((scan?.output ?? "").split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            return parts.count == 2 && parts[1] != "0" ? String(parts[0]) : nil
        })
    }()

    @Test("the shipped styles are the four expected")
    func shipped() {
        #expect(Support.workspace.styles.availableStyles() == Self.styles.sorted())
    }

    @Test("pdffonts lists only fonts from Fonts/, all embedded; no run fell back to another family", arguments: styles)
    func a4Fonts(style: String) throws {
        let (url, pages, _) = try Support.render(.a4, style: style, into: Support.temporaryFolder())
        let rows = try Support.tool(["pdffonts", url.path]).output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ")
            // name (SUBSET+PostScriptName), type (one to three words), encoding, emb, sub, uni, object, generation
            let name = String(columns[0].split(separator: "+").last ?? "")
            #expect(Self.projectFonts.contains(name), "\(style): \(name) is not a font of Fonts/")
            #expect(columns[columns.count - 5] == "yes", "\(style): \(name) is not embedded")
        }
        #expect(FontCheck.problems(in: pages) == [])
    }

    @Test("grand-caractère sets emphasis in bold, the others in italics: pdffonts of the calendar (Haemophilus influenzae in emphasis)",
          arguments: styles)
    func emphasis(style: String) throws {
        let article = Support.root.appendingPathComponent("Articles/calendrier-vaccinal.md").path
        let rendition = try Support.rendition(.print(.a4, press: false), style: style, article: article)
        let url = try Support.pipeline.write(rendition, in: OutputLocation(folder: Support.temporaryFolder()))[0]
        let fonts = try Support.tool(["pdffonts", url.path]).output.split(separator: "\n").dropFirst(2)
            .map { String($0.split(separator: " ")[0].split(separator: "+").last ?? "") }
        #expect(fonts.contains { Self.italicFonts.contains($0) } == (style != "grand-caractere"), "\(style): \(fonts)")
    }

    @Test("the square card uses only the fonts it asks for", arguments: styles)
    func cardFonts(style: String) throws {
        let (url, pages, _) = try Support.render(.cardSquare, style: style, into: Support.temporaryFolder())
        #expect(FileManager.default.fileExists(atPath: url.path))
        #expect(FontCheck.problems(in: pages) == [])
    }

    @Test("grand-caractere's body text measures 14 pt or more in the PDF")
    func largePrintReadBack() throws {
        let (url, _, _) = try Support.render(.a4, style: "grand-caractere", into: Support.temporaryFolder())
        let qdf = url.deletingLastPathComponent().appendingPathComponent("qdf.pdf")
        #expect(try Support.tool(["qpdf", "--qdf", "--object-streams=disable", url.path, qdf.path]).status == 0)
        let content = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        // Cairo sets each text object with `s 0 0 -s x y Tm` and a font of size 1, under an
        // unscaled page matrix; count the strings shown at each size.
        var size = 0.0
        var shown: [Double: Int] = [:]
        for line in content.split(separator: "\n") {
            if line.hasSuffix(" cm"), let scale = Double(line.split(separator: " ")[0]) {
                #expect(abs(scale) == 1, "a scaled page matrix: \(line)")
            } else if line.hasSuffix(" Tm"), let a = Double(line.split(separator: " ")[0]) {
                size = abs(a)
            } else if line.hasSuffix("Tj") || line.hasSuffix("TJ") {
                shown[size, default: 0] += 1
            }
        }
        let body = try #require(shown.max { $0.value < $1.value })
        #expect(body.key >= 14, "most text is set at \(body.key) pt: \(shown)")
        #expect(body.key == 15, "grand-caractere sets its body at 15 pt")
    }
}
