import Foundation
import FeuilletModel

/// The XMP metadata of the press file: what its document information says (title,
/// author, subject, tools, dates, trapping) and the PDF/X version, as PDF/X-4 requires
/// both to say it alike.
struct XMPPacket {
    var title: String
    var author: String?
    var subject: String?
    var creatorTool: String
    var producer: String
    /// ISO 8601 date-time (`2026-11-20T00:00:00Z`).
    var date: String
    var pdfxVersion: String
    var trapped: Bool
    /// Derived from the file's content, so that reruns give the same bytes.
    var documentID: String

    var xml: String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        func alt(_ tag: String, _ value: String) -> String {
            "<\(tag)><rdf:Alt><rdf:li xml:lang=\"x-default\">\(esc(value))</rdf:li></rdf:Alt></\(tag)>"
        }
        let lines = [
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\""
                + " xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">",
            "<dc:format>application/pdf</dc:format>",
            alt("dc:title", title),
            author.map { "<dc:creator><rdf:Seq><rdf:li>\(esc($0))</rdf:li></rdf:Seq></dc:creator>" },
            subject.map { alt("dc:description", $0) },
            "<xmp:CreatorTool>\(esc(creatorTool))</xmp:CreatorTool>",
            "<xmp:CreateDate>\(date)</xmp:CreateDate>",
            "<xmp:ModifyDate>\(date)</xmp:ModifyDate>",
            "<xmp:MetadataDate>\(date)</xmp:MetadataDate>",
            "<pdf:Producer>\(esc(producer))</pdf:Producer>",
            "<pdf:Trapped>\(trapped ? "True" : "False")</pdf:Trapped>",
            "<pdfxid:GTS_PDFXVersion>\(pdfxVersion)</pdfxid:GTS_PDFXVersion>",
            "<xmpMM:DocumentID>\(documentID)</xmpMM:DocumentID>",
            "<xmpMM:InstanceID>\(documentID)</xmpMM:InstanceID>",
            "<xmpMM:VersionID>1</xmpMM:VersionID>",
            "<xmpMM:RenditionClass>default</xmpMM:RenditionClass>",
            "</rdf:Description>",
            "</rdf:RDF>",
            "</x:xmpmeta>",
            "<?xpacket end=\"w\"?>",
        ]
        return lines.compactMap { $0 }.joined(separator: "\n")
    }

    /// A `uuid:` made of two 64-bit FNV-1a hashes of `bytes`: stable across runs and
    /// machines, different for different content.
    static func documentID(of bytes: [[UInt8]]) -> String {
        var a = FNV1a.offset, b: UInt64 = 0x84222325cbf29ce4
        for chunk in bytes {
            a = FNV1a.hash(chunk, from: a)
            b = FNV1a.hash(chunk, from: b)
        }
        let hex = String(format: "%016llx%016llx", a, b)
        let i = hex.startIndex
        func part(_ from: Int, _ to: Int) -> String { String(hex[hex.index(i, offsetBy: from)..<hex.index(i, offsetBy: to)]) }
        return "uuid:\(part(0, 8))-\(part(8, 12))-\(part(12, 16))-\(part(16, 20))-\(part(20, 32))"
    }
}
