import Foundation
import FeuilletStyle

/// The press file's gradients in CMYK. Cairo writes a linear or radial gradient as an axial
/// or radial shading in DeviceRGB whose colour is a function of one variable: from stop to
/// stop an exponential interpolation (type 2), stitched (type 3). Each stop-to-stop function
/// becomes a sampled one (type 0) of `samples` colours along it, each converted by lcms2,
/// so the press gradient passes through the colours the screen's does; a gradient whose
/// stops are all grey prints in black ink alone, as grey vectors do. The alpha of a
/// gradient is a DeviceGray shading in a soft mask, left as it is. Anything else is refused.
struct PressShadings {
    /// Colours along each stop-to-stop span: lcms2's conversion is smooth, and 63 straight
    /// pieces follow it within a hundredth of a percent of ink.
    static let samples = 64

    let colors: PressColorSpace

    /// Converts one shading that prints.
    func convert(_ shading: QPDFDocument.Object, _ pdf: QPDFDocument, converted: inout [Int: QPDFDocument.Object]) throws {
        let dictionary = pdf.isStream(shading) ? pdf.streamDictionary(shading) : shading
        let space = PDFColorSpace.of(dictionary, pdf)
        guard space == "DeviceRGB" else {
            if space == "DeviceGray" || space == "DeviceCMYK" { return }
            throw ContentColors.Unsupported(what: "a gradient in \(space ?? "no colour space")")
        }
        let type = pdf.value(dictionary, "/ShadingType").flatMap(pdf.integer) ?? 0
        guard type == 2 || type == 3 else { throw ContentColors.Unsupported(what: "a gradient of shading type \(type) (only axial and radial ones are converted)") }
        guard pdf.value(dictionary, "/Background") == nil else { throw ContentColors.Unsupported(what: "a gradient with a background colour") }
        guard let function = pdf.value(dictionary, "/Function"), !pdf.isArray(function) else {
            throw ContentColors.Unsupported(what: "a gradient without one colour function")
        }
        let stops = try Self.stops(function, pdf)
        let grey = stops.allSatisfy(colors.isNeutral)
        pdf.set(dictionary, "/Function", try sampled(function, pdf, grey: grey, converted: &converted))
        pdf.set(dictionary, "/ColorSpace", pdf.name("/DeviceCMYK"))
    }

    /// Every stop colour of an RGB colour function.
    private static func stops(_ function: QPDFDocument.Object, _ pdf: QPDFDocument) throws -> [Color] {
        let dictionary = pdf.isStream(function) ? pdf.streamDictionary(function) : function
        switch pdf.value(dictionary, "/FunctionType").flatMap(pdf.integer) {
        case 2: let (c0, c1) = try ends(dictionary, pdf); return [c0, c1]
        case 3: return try (pdf.value(dictionary, "/Functions").map(pdf.items) ?? []).flatMap { try stops($0, pdf) }
        case let other: throw ContentColors.Unsupported(what: "a gradient whose colours are a type \(other.map(String.init) ?? "?") function")
        }
    }

    /// A type 2 function's two colours (C0, C1), which must be RGB.
    private static func ends(_ dictionary: QPDFDocument.Object, _ pdf: QPDFDocument) throws -> (Color, Color) {
        func color(_ key: String) throws -> Color {
            let v = (pdf.value(dictionary, key).map(pdf.items) ?? []).compactMap(pdf.numeric)
            guard v.count == 3 else { throw ContentColors.Unsupported(what: "a gradient stop of \(v.count) components in an RGB gradient") }
            return Color(red: min(max(v[0], 0), 1), green: min(max(v[1], 0), 1), blue: min(max(v[2], 0), 1))
        }
        return (try color("/C0"), try color("/C1"))
    }

    /// The same function in CMYK: a type 3 keeps its stitching, each type 2 becomes a
    /// sampled function over its domain. Functions Cairo shares between gradients stay shared.
    private func sampled(_ function: QPDFDocument.Object, _ pdf: QPDFDocument, grey: Bool, converted: inout [Int: QPDFDocument.Object]) throws -> QPDFDocument.Object {
        let key = pdf.number(function) * 2 + (grey ? 1 : 0)
        if key > 1, let done = converted[key] { return done }
        let dictionary = pdf.isStream(function) ? pdf.streamDictionary(function) : function
        let domain = (pdf.value(dictionary, "/Domain").map(pdf.items) ?? []).compactMap(pdf.numeric)
        guard domain.count == 2 else { throw ContentColors.Unsupported(what: "a gradient function without a domain") }
        let result: QPDFDocument.Object
        if pdf.value(dictionary, "/FunctionType").flatMap(pdf.integer) == 3 {
            let parts = try (pdf.value(dictionary, "/Functions").map(pdf.items) ?? []).map { try sampled($0, pdf, grey: grey, converted: &converted) }
            var entries: [(String, QPDFDocument.Object)] = [("/FunctionType", pdf.integer(3)), ("/Functions", pdf.array(parts))]
            for copied in ["/Domain", "/Bounds", "/Encode"] { if let v = pdf.value(dictionary, copied) { entries.append((copied, v)) } }
            result = pdf.indirect(pdf.dictionary(entries))
        } else {
            let (c0, c1) = try Self.ends(dictionary, pdf)
            let exponent = pdf.value(dictionary, "/N").flatMap(pdf.numeric) ?? 1
            var data: [UInt8] = []
            data.reserveCapacity(Self.samples * 8)
            for i in 0..<Self.samples {
                let x = domain[0] + (domain[1] - domain[0]) * Double(i) / Double(Self.samples - 1)
                let t = pow(max(x, 0), exponent)
                let color = Color(red: c0.red + t * (c1.red - c0.red), green: c0.green + t * (c1.green - c0.green), blue: c0.blue + t * (c1.blue - c0.blue))
                for ink in (grey ? colors.cmyk(for: color) : colors.converted(color)).inks {
                    let v = UInt16((min(max(ink, 0), 100) / 100 * 65535).rounded())
                    data += [UInt8(v >> 8), UInt8(v & 0xFF)]
                }
            }
            result = pdf.stream(data, [("/FunctionType", pdf.integer(0)), ("/Domain", pdf.array(domain.map(pdf.real))),
                                       ("/Range", pdf.array((0..<8).map { pdf.integer($0 % 2) })), ("/Size", pdf.array([pdf.integer(Self.samples)])),
                                       ("/BitsPerSample", pdf.integer(16))])
        }
        if key > 1 { converted[key] = result }
        return result
    }

    /// The highest total of the four inks a CMYK gradient is drawn with, in %, and those
    /// inks: over its sampled colours, or its stops.
    static func highestInks(_ shading: QPDFDocument.Object, _ pdf: QPDFDocument) throws -> [Double]? {
        let dictionary = pdf.isStream(shading) ? pdf.streamDictionary(shading) : shading
        guard PDFColorSpace.of(dictionary, pdf) == "DeviceCMYK", let function = pdf.value(dictionary, "/Function") else { return nil }
        return try inks(function, pdf).max { $0.reduce(0, +) < $1.reduce(0, +) }
    }

    /// The CMYK colours a function gives: a sampled one's samples, an exponential one's ends.
    private static func inks(_ function: QPDFDocument.Object, _ pdf: QPDFDocument) throws -> [[Double]] {
        let dictionary = pdf.isStream(function) ? pdf.streamDictionary(function) : function
        switch pdf.value(dictionary, "/FunctionType").flatMap(pdf.integer) {
        case 0:
            let bits = pdf.value(dictionary, "/BitsPerSample").flatMap(pdf.integer) ?? 8, data = try pdf.streamData(function)
            guard bits == 8 || bits == 16 else { return [] }
            let values = bits == 8 ? data.map { Double($0) / 255 } : stride(from: 0, to: data.count - 1, by: 2).map { Double(Int(data[$0]) << 8 | Int(data[$0 + 1])) / 65535 }
            return stride(from: 0, to: values.count - 3, by: 4).map { i in values[i..<(i + 4)].map { $0 * 100 } }
        case 2:
            return ["/C0", "/C1"].map { key in (pdf.value(dictionary, key).map(pdf.items) ?? []).compactMap(pdf.numeric).map { $0 * 100 } }.filter { $0.count == 4 }
        case 3:
            return try (pdf.value(dictionary, "/Functions").map(pdf.items) ?? []).flatMap { try inks($0, pdf) }
        default: return []
        }
    }
}
