import Foundation
import FeuilletLayout
import FeuilletStyle

/// What makes the press file PDF/X-4 (ISO 15930-7) once Cairo is done: every colour in
/// CMYK for the output intent's printing condition (`ContentColors`), page groups blended
/// in CMYK, the output intent with its embedded profile, `GTS_PDFXVersion` and `Trapped`
/// in the document information and in XMP, PDF 1.6. The structure tree is untouched.
struct PDFXStep {
    static let version = "PDF/X-4"
    /// The header version PDF/X-4 is built on.
    static let pdfVersion = "1.6"

    let colors: PressColorSpace
    /// The inks of the colours the pages draw, by their 8-bit RGB (a style's own CMYK among them).
    let inks: [RGB8: CMYK]
    /// ISO 8601 date-time of creation (PDF/X needs one).
    let date: String

    func apply(to pdf: QPDFDocument) throws {
        let rewriter = ContentColors { color in
            let key = RGB8(color)
            return inks[key] ?? colors.cmyk(for: key.color)
        }
        var contents: [[UInt8]] = []
        for i in 0..<pdf.pageCount {
            let page = pdf.page(i)
            let content = try rewriter.rewrite(pdf.pageContent(i))
            contents.append(content)
            pdf.set(page, "/Contents", pdf.stream(content, []))
            blendInCMYK(page, pdf)
        }
        try convert(DrawnObjects.find(in: pdf), pdf, rewriter)
        pdf.set(pdf.root, "/OutputIntents", pdf.array([outputIntent(pdf)]))
        try describe(pdf, documentID: XMPPacket.documentID(of: contents))
        pdf.minimumVersion = Self.pdfVersion
    }

    /// A transparency group (Cairo gives every page and form one) blends in the output's space.
    private func blendInCMYK(_ object: QPDFDocument.Object, _ pdf: QPDFDocument) {
        let dictionary = pdf.isStream(object) ? pdf.streamDictionary(object) : object
        if let group = pdf.value(dictionary, "/Group"), pdf.value(group, "/CS") != nil { pdf.set(group, "/CS", pdf.name("/DeviceCMYK")) }
    }

    /// What the pages draw with: forms', patterns' and glyphs' colours, images and gradients
    /// in CMYK; soft masks' grey values as they are (they are opacity, not ink).
    private func convert(_ drawn: [DrawnObjects.Found], _ pdf: QPDFDocument, _ rewriter: ContentColors) throws {
        let images = PressImages(colors: colors), shadings = PressShadings(colors: colors)
        var functions: [Int: QPDFDocument.Object] = [:]
        for found in drawn {
            let object = found.object
            switch (found.kind, found.use) {
            case (.colorSpace, _):
                throw ContentColors.Unsupported(what: "a ColorSpace resource")
            case (.content, .maskValues):
                if ContentColors.inks(in: try pdf.streamData(object)).rgb > 0 || PDFColorSpace.isRGB(PDFColorSpace.group(object, pdf)) {
                    throw ContentColors.Unsupported(what: "a soft mask drawn in RGB")
                }
            case (.content, _):
                pdf.replaceStreamData(object, try rewriter.rewrite(pdf.streamData(object)))
                blendInCMYK(object, pdf)
            case (.image, .maskValues):
                let space = PDFColorSpace.of(object, pdf)
                guard space == "DeviceGray" else { throw ContentColors.Unsupported(what: "a soft mask image in \(space ?? "no colour space")") }
            case (.image, _):
                try images.convert(object, pdf)
            case (.shading, .maskValues):
                if PDFColorSpace.isRGB(PDFColorSpace.of(object, pdf)) { throw ContentColors.Unsupported(what: "a soft mask's gradient in RGB") }
            case (.shading, _):
                try shadings.convert(object, pdf, converted: &functions)
            }
        }
    }

    private func outputIntent(_ pdf: QPDFDocument) -> QPDFDocument.Object {
        let c = colors.condition
        let profile = pdf.stream(colors.profile, [("/N", pdf.integer(4))])
        return pdf.dictionary([
            ("/Type", pdf.name("/OutputIntent")), ("/S", pdf.name("/GTS_PDFX")),
            ("/OutputConditionIdentifier", pdf.byteString(c.identifier)), ("/OutputCondition", pdf.byteString(c.info)),
            ("/Info", pdf.byteString(c.info)), ("/RegistryName", pdf.byteString(c.registry)),
            ("/DestOutputProfile", profile),
        ])
    }

    /// The document information and the XMP metadata, saying the same.
    private func describe(_ pdf: QPDFDocument, documentID: String) throws {
        guard let info = pdf.value(pdf.trailer, "/Info") else { throw QPDFDocument.Failure.failed("the PDF has no document information") }
        let pdfDate = Self.pdfDate(date)
        for key in ["/CreationDate", "/ModDate"] { pdf.set(info, key, pdf.byteString(pdfDate)) }
        pdf.set(info, "/GTS_PDFXVersion", pdf.byteString(Self.version))
        pdf.set(info, "/Trapped", pdf.name("/False"))
        func text(_ key: String) -> String? { pdf.value(info, key).flatMap(pdf.stringText) }
        let xmp = XMPPacket(title: text("/Title") ?? "", author: text("/Author"), subject: text("/Subject"),
                            creatorTool: text("/Creator") ?? "", producer: text("/Producer") ?? "", date: date,
                            pdfxVersion: Self.version, trapped: false, documentID: documentID)
        pdf.set(pdf.root, "/Metadata", pdf.stream(Array(xmp.xml.utf8), [("/Type", pdf.name("/Metadata")), ("/Subtype", pdf.name("/XML"))]))
    }

    /// `2026-11-20T00:00:00Z` as a PDF date, `D:20261120000000Z`.
    static func pdfDate(_ iso: String) -> String {
        "D:" + iso.filter(\.isNumber).prefix(14) + "Z"
    }
}

/// A colour to the 255th of each component, as styles write them: what the press file
/// matches the colours Cairo wrote against.
struct RGB8: Hashable {
    var red: Int, green: Int, blue: Int
    init(_ c: Color) {
        func q(_ v: Double) -> Int { Int((min(max(v, 0), 1) * 255).rounded()) }
        (red, green, blue) = (q(c.red), q(c.green), q(c.blue))
    }
    var color: Color { Color(red: Double(red) / 255, green: Double(green) / 255, blue: Double(blue) / 255) }
}
