import Foundation
import Testing
import FeuilletLayout
@testable import FeuilletRender
import FeuilletStyle
import FeuilletPipeline
import FeuilletTestSupport

/// The press file's colours by lcms2 over the FOGRA39 profile, and how Cairo's RGB
/// operators become CMYK ones.
@Suite("Press colours: lcms2, FOGRA39, content streams")
struct PressColorTests {
    /// The pipeline of this thread makes it once.
    static var colors: PressColorSpace { try! Support.pipeline.pressColors() }

    @Test("the profile is FOGRA39's, four inks, as scripts/make-press-profile.sh makes it")
    func profile() throws {
        let bytes = try Data(contentsOf: Support.root.appendingPathComponent(PressColorSpace.profileFile))
        #expect(bytes.count > 100_000 && bytes.count < 2_000_000)
        #expect(String(decoding: bytes[16..<20], as: UTF8.self) == "CMYK" && String(decoding: bytes[36..<40], as: UTF8.self) == "acsp")
        #expect(try ColorProfile(bytes: [UInt8](bytes), name: "FOGRA39").channels == 4)
    }

    @Test("black and grey print in black ink alone, darker greys with more of it", arguments: ["#000000", "#1c1c1c", "#2b2b2b", "#5a5a5a", "#16181d", "#999999"])
    func greysInBlackOnly(hex: String) throws {
        let grey = try #require(Color(parsing: hex))
        let inks = Self.colors.cmyk(for: grey)
        #expect(inks.isBlackOnly && inks.black > 20, "\(hex): \(inks)")
        #expect(Self.colors.difference(grey) < 12, "\(hex) prints close to how it shows: ΔE00 \(Self.colors.difference(grey))")
    }

    @Test("a lighter grey takes less black ink")
    func greyTone() throws {
        let k = ["#1c1c1c", "#5a5a5a", "#999999", "#dddddd"].map { Self.colors.cmyk(for: Color(parsing: $0)!).black }
        #expect(k == k.sorted(by: >) && k[0] > 85 && k[3] < 20, "\(k)")
    }

    @Test("a style's own inks are used as they are; other colours are converted within 300 %")
    func ownInksAndConversion() throws {
        let green = try #require(Color(parsing: "#0b6e4f")), own = CMYK(cyan: 90, magenta: 20, yellow: 75, black: 10)
        let converted = Self.colors.cmyk(for: green)
        #expect(!converted.isBlackOnly && converted.coverage <= 300 && converted.cyan > 50, "\(converted)")
        #expect(Self.colors.cmyk(for: green, own: [green: own]) == own)
        for hex in ["#0f1730", "#7a1f2b", "#003a70", "#ff0000", "#0000ff", "#102030"] {
            #expect(Self.colors.cmyk(for: Color(parsing: hex)!).coverage <= 300, "\(hex)")
        }
    }

    /// How close the press file's colours are to the office file's, CIEDE2000 through
    /// lcms2: sRGB as shown against the inks through FOGRA39. Saturated blues lie outside
    /// what offset inks print; night-blue text is black ink alone by nuit's choice.
    @Test("every shipped style's palette: the press colour within ΔE00 15 of the screen's, most within 5", arguments: PrintedLeaflet.shippedStyles)
    func paletteDifferences(style: String) throws {
        let sheet = try Support.workspace.styles.load(style)
        var report: [String] = [], close = 0
        let own = sheet.page.press.inks
        for (name, color) in sheet.palette.sorted(by: { $0.key < $1.key }) {
            let d = Self.colors.difference(color, own: own)
            report.append("\(name) \(color) → \(Self.colors.cmyk(for: color, own: own)): ΔE00 \((d * 10).rounded() / 10)")
            #expect(d < 15, "\(style) \(name): \(report.last!)")
            if d < 5 { close += 1 }
        }
        print("\(style): " + report.joined(separator: "; "))
        #expect(close * 2 > sheet.palette.count, "\(report)")
    }

    @Test("Cairo's rg and RG become k and K; strings, names and other operators are left as they are")
    func contentRewrite() throws {
        let rewriter = ContentColors { Self.colors.cmyk(for: $0) }
        let content = "q 0 0 0 rg /a0 gs BT /f-0-0 1 Tf 12 0 0 -12 10 20 Tm <0012> Tj (1 0 0 rg) Tj ET 1 1 1 RG 0.5 w 0 0 m 10 0 l S Q"
        let out = String(decoding: try rewriter.rewrite(Array(content.utf8)), as: UTF8.self)
        #expect(out == "q 0 0 0 1 k /a0 gs BT /f-0-0 1 Tf 12 0 0 -12 10 20 Tm <0012> Tj (1 0 0 rg) Tj ET 0 0 0 0 K 0.5 w 0 0 m 10 0 l S Q", "\(out)")
        #expect(throws: ContentColors.Unsupported.self) { try rewriter.rewrite(Array("/DeviceRGB cs 1 0 0 sc".utf8)) }
        #expect(throws: ContentColors.Unsupported.self) { try rewriter.rewrite(Array("BI /W 1 /H 1 ID x EI".utf8)) }
        // A gradient keeps its name: its shading resource is converted (PressShadings).
        #expect(try rewriter.rewrite(Array("/Sh0 sh /Pattern cs /P0 scn".utf8)) == Array("/Sh0 sh /Pattern cs /P0 scn".utf8))
    }

    @Test("a document ID from the content: the same for the same bytes, another for others")
    func documentID() {
        let a = XMPPacket.documentID(of: [Array("abc".utf8)]), b = XMPPacket.documentID(of: [Array("abd".utf8)])
        #expect(a == XMPPacket.documentID(of: [Array("abc".utf8)]) && a != b && a.hasPrefix("uuid:") && a.count == 41)
    }
}
