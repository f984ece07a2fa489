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
        var visited = Set<Int>()
        for i in 0..<pdf.pageCount {
            let page = pdf.page(i)
            let content = try rewriter.rewrite(pdf.pageContent(i))
            contents.append(content)
            pdf.set(page, "/Contents", pdf.stream(content, []))
            blendInCMYK(page, pdf)
            try convert(resources: pdf.value(page, "/Resources"), pdf, rewriter, &visited)
        }
        pdf.set(pdf.root, "/OutputIntents", pdf.array([outputIntent(pdf)]))
        try describe(pdf, documentID: XMPPacket.documentID(of: contents))
        pdf.minimumVersion = Self.pdfVersion
    }

    /// A transparency group (Cairo gives every page one) blends in the output's space.
    private func blendInCMYK(_ object: QPDFDocument.Object, _ pdf: QPDFDocument) {
        let dictionary = pdf.isStream(object) ? pdf.streamDictionary(object) : object
        if let group = pdf.value(dictionary, "/Group"), pdf.value(group, "/CS") != nil { pdf.set(group, "/CS", pdf.name("/DeviceCMYK")) }
    }

    /// Form XObjects drawn from a resource dictionary get their colours converted too;
    /// images, patterns and shadings are not drawn in print yet and are refused.
    private func convert(resources: QPDFDocument.Object?, _ pdf: QPDFDocument, _ rewriter: ContentColors, _ visited: inout Set<Int>) throws {
        guard let resources else { return }
        for key in ["/Pattern", "/Shading", "/ColorSpace"] where pdf.value(resources, key).map(pdf.keys)?.isEmpty == false {
            throw ContentColors.Unsupported(what: "a \(key.dropFirst()) resource")
        }
        guard let xobjects = pdf.value(resources, "/XObject") else { return }
        for name in pdf.keys(xobjects) {
            guard let xobject = pdf.value(xobjects, name), visited.insert(pdf.number(xobject)).inserted else { continue }
            let dictionary = pdf.streamDictionary(xobject)
            guard pdf.value(dictionary, "/Subtype").flatMap(pdf.nameText) == "Form" else {
                throw ContentColors.Unsupported(what: "an image")
            }
            pdf.replaceStreamData(xobject, try rewriter.rewrite(pdf.streamData(xobject)))
            pdf.set(dictionary, "/Filter", pdf.null)
            pdf.set(dictionary, "/DecodeParms", pdf.null)
            blendInCMYK(xobject, pdf)
            try convert(resources: pdf.value(dictionary, "/Resources"), pdf, rewriter, &visited)
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
