import Foundation
import FeuilletLayout

/// What Cairo 1.16 cannot write, added with libqpdf's object API once Cairo is done: the
/// document's own structure tree (in reading order, with what Cairo cannot say), the
/// TrimBox and BleedBox of printed pages, the document language, and for the press file
/// what makes it PDF/X-4 (`PDFXStep`).
struct PDFPrintStep {
    let structure: PDFStructure?
    /// Per page: its size and, for printed pages, where it is trimmed.
    let pages: [(size: Size, sheet: SheetGeometry?)]
    /// BCP 47 language of the text ("fr").
    let language: String?
    /// The press file's conversion to PDF/X, after the rest.
    var pdfx: PDFXStep? = nil

    func apply(to pdf: [UInt8]) throws -> [UInt8] {
        let document = try QPDFDocument(pdf)
        guard document.pageCount == pages.count else { throw QPDFDocument.Failure.failed("expected \(pages.count) pages, found \(document.pageCount)") }
        for (index, page) in pages.enumerated() {
            guard let sheet = page.sheet else { continue }
            document.setPageArray(index, "/TrimBox", Self.box(sheet.trim, pageHeight: page.size.height))
            document.setPageArray(index, "/BleedBox", Self.box(sheet.bleedBox, pageHeight: page.size.height))
        }
        if let language { document.setLanguage(language) }
        try structure?.write(into: document)
        try pdfx?.apply(to: document)
        return try document.write()
    }

    /// A rectangle in PDF coordinates (origin bottom left), to a thousandth of a point.
    static func box(_ r: Rect, pageHeight: Double) -> [Double] {
        [r.x, pageHeight - r.maxY, r.maxX, pageHeight - r.y].map { ($0 * 1000).rounded() / 1000 }
    }
}
