import Foundation

/// The press file's images in CMYK for its printing condition. Cairo writes a picture as
/// an image XObject of 8-bit DeviceRGB samples (a photo: its own JPEG, DCTDecode), with a
/// DeviceGray soft mask when it has transparency, or of DeviceGray samples when every pixel
/// is grey. Colour pictures are converted by lcms2 (`PixelTransform`); grey ones print in
/// black ink alone at the lightness of each grey, as grey text does; a photo stays a JPEG
/// (`PressJPEG`), other pictures lossless (qpdf compresses them with Flate). Soft masks are
/// opacity, not colour, and stay as they are; anything else is refused in one line.
struct PressImages {
    let colors: PressColorSpace

    /// The filters a stream's data goes through, in order.
    static func filters(_ dictionary: QPDFDocument.Object, _ pdf: QPDFDocument) -> [String] {
        guard let filter = pdf.value(dictionary, "/Filter") else { return [] }
        return pdf.items(filter).compactMap(pdf.nameText)
    }

    /// Image compressions qpdf does not decode (a photo's JPEG is decoded by libjpeg-turbo).
    static let imageCodecs: Set<String> = ["DCTDecode", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode"]

    /// An image's width and height in pixels.
    static func size(_ dictionary: QPDFDocument.Object, _ pdf: QPDFDocument) -> (width: Int, height: Int) {
        (pdf.value(dictionary, "/Width").flatMap(pdf.integer) ?? 0, pdf.value(dictionary, "/Height").flatMap(pdf.integer) ?? 0)
    }

    /// An image's samples, decoded: a photo's JPEG by libjpeg-turbo, the rest by qpdf.
    static func samples(_ image: QPDFDocument.Object, _ pdf: QPDFDocument, as pixels: PressJPEG.Pixels) throws -> (bytes: [UInt8], subsampling: Int32?) {
        let dictionary = pdf.streamDictionary(image)
        let (width, height) = size(dictionary, pdf)
        let filters = Self.filters(dictionary, pdf)
        if filters == ["DCTDecode"] {
            let (bytes, subsampling) = try PressJPEG.decode(try pdf.streamData(image, decoded: false), width: width, height: height, as: pixels)
            return (bytes, subsampling)
        }
        if let lossy = filters.first(where: imageCodecs.contains) {
            throw ContentColors.Unsupported(what: "an image compressed with \(lossy)")
        }
        let bytes = try pdf.streamData(image)
        let components = pixels == .gray ? 1 : pixels == .rgb ? 3 : 4
        guard bytes.count == width * height * components else {
            throw ContentColors.Unsupported(what: "an image of \(width) × \(height) pixels holding \(bytes.count) bytes")
        }
        return (bytes, nil)
    }

    /// Converts one image XObject that prints (not a soft mask).
    func convert(_ image: QPDFDocument.Object, _ pdf: QPDFDocument) throws {
        let dictionary = pdf.streamDictionary(image)
        // A stencil mask paints the fill colour, which the content's colours already set.
        if pdf.value(dictionary, "/ImageMask").flatMap(pdf.bool) == true { return }
        let space = PDFColorSpace.of(dictionary, pdf), bits = pdf.value(dictionary, "/BitsPerComponent").flatMap(pdf.integer) ?? 0
        let pixels: PressJPEG.Pixels
        switch (space, bits) {
        case ("DeviceCMYK", _): return
        // Black and white: full black ink and none, which the grey tone gives them too.
        case ("DeviceGray", 1): return
        case ("DeviceGray", 8): pixels = .gray
        case ("DeviceRGB", 8): pixels = .cmyk
        default: throw ContentColors.Unsupported(what: "an image in \(space ?? "no colour space") at \(bits) bits a component")
        }
        // What would change the meaning of the samples converted (Cairo writes none of them).
        for key in ["/Decode", "/Mask", "/Alternates"] where pdf.value(dictionary, key) != nil {
            throw ContentColors.Unsupported(what: "an image with a \(key.dropFirst()) entry")
        }
        let (samples, subsampling) = try Self.samples(image, pdf, as: pixels == .gray ? .gray : .rgb)
        let converted = pixels == .gray ? colors.greyTone(samples) : try colors.pictureTransform()(samples)
        if let subsampling {
            let (width, height) = Self.size(dictionary, pdf)
            pdf.replaceStreamData(image, try PressJPEG.encode(converted, width: width, height: height, as: pixels, subsampling: subsampling), filter: "/DCTDecode")
        } else {
            pdf.replaceStreamData(image, converted)
        }
        if pixels == .cmyk { pdf.set(dictionary, "/ColorSpace", pdf.name("/DeviceCMYK")) }
    }

    /// The highest total of the four inks any pixel of a printing image is drawn with, in
    /// % (grey images print in black ink alone), and those inks; nil for an image in
    /// another space, or a stencil. A pixel under a soft mask counts at its opacity (over
    /// white paper): the pixels a PNG's transparency hides, black in the file, print nothing.
    static func highestInks(_ image: QPDFDocument.Object, _ pdf: QPDFDocument) throws -> [Double]? {
        let dictionary = pdf.streamDictionary(image)
        guard pdf.value(dictionary, "/ImageMask").flatMap(pdf.bool) != true,
              pdf.value(dictionary, "/BitsPerComponent").flatMap(pdf.integer) == 8 else { return nil }
        let opacity = try self.opacity(of: dictionary, pdf)
        // A /Decode array maps each sample to its value (an Adobe CMYK JPEG's inverted [1 0 …]).
        let decode = (pdf.value(dictionary, "/Decode").map(pdf.items) ?? []).compactMap(pdf.numeric)
        func range(_ c: Int, of n: Int) -> (Double, Double) { decode.count == 2 * n ? (decode[2 * c], decode[2 * c + 1]) : (0, 1) }
        let cmyk: [UInt8], ranges: [(Double, Double)]
        switch PDFColorSpace.of(dictionary, pdf) {
        case "DeviceCMYK":
            cmyk = try samples(image, pdf, as: .cmyk).bytes
            ranges = (0..<4).map { range($0, of: 4) }
        case "DeviceGray":
            // Grey prints as black ink alone, as much as the grey is dark.
            let (d0, d1) = range(0, of: 1)
            cmyk = try samples(image, pdf, as: .gray).bytes.flatMap { [0, 0, 0, UInt8(((1 - d0 - Double($0) / 255 * (d1 - d0)) * 255).rounded())] }
            ranges = Array(repeating: (0, 1), count: 4)
        default: return nil
        }
        var best = 0.0, at = -1
        func ink(_ sample: UInt8, _ c: Int) -> Double { ranges[c].0 + Double(sample) / 255 * (ranges[c].1 - ranges[c].0) }
        cmyk.withUnsafeBufferPointer { b in
            for i in stride(from: 0, to: b.count - 3, by: 4) {
                let sum = (ink(b[i], 0) + ink(b[i + 1], 1) + ink(b[i + 2], 2) + ink(b[i + 3], 3)) * Double(opacity?[i / 4] ?? 255)
                if sum > best { (best, at) = (sum, i) }
            }
        }
        guard at >= 0 else { return nil }
        let a = Double(opacity?[at / 4] ?? 255) / 255
        return (0..<4).map { ink(cmyk[at + $0], $0) * 100 * a }
    }

    /// The opacity of each pixel (0…255) from an image's soft mask of the same size, 1 or 8
    /// bits a sample; nil when it has none (or one of another size, which is not weighed).
    private static func opacity(of dictionary: QPDFDocument.Object, _ pdf: QPDFDocument) throws -> [UInt8]? {
        guard let mask = pdf.value(dictionary, "/SMask"), pdf.isStream(mask) else { return nil }
        let m = pdf.streamDictionary(mask)
        let (width, height) = size(dictionary, pdf)
        guard size(m, pdf) == (width, height), !filters(m, pdf).contains(where: imageCodecs.contains) else { return nil }
        let bytes = try pdf.streamData(mask)
        switch pdf.value(m, "/BitsPerComponent").flatMap(pdf.integer) {
        case 8 where bytes.count == width * height: return bytes
        case 1 where bytes.count == (width + 7) / 8 * height:
            let row = (width + 7) / 8
            return (0..<(width * height)).map { i in
                let x = i % width
                return bytes[i / width * row + x / 8] & (0x80 >> UInt8(x % 8)) != 0 ? 255 : 0
            }
        default: return nil
        }
    }
}
