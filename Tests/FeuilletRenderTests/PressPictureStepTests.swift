import Foundation
import Testing
@testable import FeuilletRender
import FeuilletStyle
import FeuilletTestSupport

/// The press step on pictures of PDFs made by hand: what Cairo writes is converted; what
/// it does not write, and the step cannot convert, fails in one line naming it.
@Suite("Press step: pictures")
struct PressPictureStepTests {
    static var colors: PressColorSpace { try! Support.pipeline.pressColors() }

    /// A one-page PDF whose page draws `content` with `resources`; `objects` are numbered from 5.
    static func pdf(content: String, resources: String, objects: [String] = []) -> [UInt8] {
        let all = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 4 0 R /Resources \(resources) >>",
                   stream("", content)] + objects + ["<< /Title (essai) >>"]
        var bytes = Array("%PDF-1.5\n".utf8), offsets: [Int] = []
        for (n, object) in all.enumerated() {
            offsets.append(bytes.count)
            bytes += Array("\(n + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = bytes.count
        bytes += Array("xref\n0 \(all.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { bytes += Array(String(format: "%010d 00000 n \n", offset).utf8) }
        bytes += Array("trailer\n<< /Size \(all.count + 1) /Root 1 0 R /Info \(all.count) 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return bytes
    }

    /// A stream object: its dictionary's entries, its data.
    static func stream(_ entries: String, _ data: String) -> String {
        "<< \(entries) /Length \(data.utf8.count) >>\nstream\n\(data)\nendstream"
    }

    static func pressStep(_ pdf: [UInt8]) throws -> [UInt8] {
        let document = try QPDFDocument(pdf)
        try PDFXStep(colors: colors, inks: [:], date: "2026-12-02T00:00:00Z").apply(to: document)
        return try document.write()
    }

    static let image = "/Type /XObject /Subtype /Image /Width 2 /Height 1 /BitsPerComponent 8"

    @Test("an RGB image becomes a CMYK one with lcms2's inks, pixel for pixel")
    func rgbImage() throws {
        // A red pixel and a mid grey: a photo's grey is not black ink alone (that would band).
        let file = try Self.pressStep(Self.pdf(content: "q 100 0 0 100 0 0 cm /Im0 Do Q", resources: "<< /XObject << /Im0 5 0 R >> >>",
                                               objects: [Self.stream("\(Self.image) /ColorSpace /DeviceRGB", "\u{7f}\u{10}\u{20}\u{40}\u{40}\u{40}")]))
        let pdf = try QPDFDocument(file)
        let image = try #require(pdf.value(pdf.page(0), "/Resources").flatMap { pdf.value($0, "/XObject") }.flatMap { pdf.value($0, "/Im0") })
        #expect(PDFColorSpace.of(image, pdf) == "DeviceCMYK")
        let samples = try pdf.streamData(image).map { Double($0) / 2.55 }
        #expect(samples.count == 8, "\(samples)")
        for (pixel, rgb) in [(0, [0x7f, 0x10, 0x20]), (1, [0x40, 0x40, 0x40])] {
            let expected = Self.colors.converted(Color(red: Double(rgb[0]) / 255, green: Double(rgb[1]) / 255, blue: Double(rgb[2]) / 255)).inks
            for c in 0..<4 { #expect(abs(samples[pixel * 4 + c] - expected[c]) < 1.5, "pixel \(pixel): \(samples), lcms2 \(expected)") }
        }
    }

    @Test("what the step cannot convert fails in one line naming it", arguments: [
        ("an image in ICCBased 3 at 8 bits a component", "<< /XObject << /Im0 6 0 R >> >>", "/Im0 Do",
         [stream("/N 3", ""), stream("\(image) /ColorSpace [/ICCBased 5 0 R]", "abcdef")]),
        ("an image compressed with JPXDecode", "<< /XObject << /Im0 5 0 R >> >>", "/Im0 Do",
         [stream("\(image) /ColorSpace /DeviceRGB /Filter /JPXDecode", "abcdef")]),
        ("a gradient of shading type 6 (only axial and radial ones are converted)", "<< /Shading << /Sh0 5 0 R >> >>", "/Sh0 sh",
         [stream("/ShadingType 6 /ColorSpace /DeviceRGB /BitsPerCoordinate 8 /BitsPerComponent 8 /BitsPerFlag 8 /Decode [0 1 0 1 0 1 0 1 0 1]", "")]),
        ("a soft mask drawn in RGB", "<< /ExtGState << /G0 << /SMask << /S /Luminosity /G 5 0 R >> >> >> >>", "/G0 gs 0 0 10 10 re f",
         [stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Group << /S /Transparency /CS /DeviceGray >>", "1 0 0 rg 0 0 10 10 re f")]),
        ("an inline image", "<< >>", "BI /W 1 /H 1 /CS /RGB /BPC 8 ID abc EI", []),
    ])
    func refused(what: String, resources: String, content: String, objects: [String]) throws {
        let error = #expect(throws: ContentColors.Unsupported.self) { try Self.pressStep(Self.pdf(content: content, resources: resources, objects: objects)) }
        #expect(error?.description == "the press file cannot convert \(what) to CMYK", "\(String(describing: error))")
    }
}
