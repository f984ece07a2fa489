import Foundation
internal import CPangoCairo
import FeuilletLayout
import FeuilletStyle

/// Writes pages as a PDF, tagged when the document's structure is given: its structure tree,
/// an outline from its headings, clickable links, and metadata; then qpdf adds what Cairo
/// cannot write (the structure tree in reading order, trim and bleed boxes, language:
/// `PDFPrintStep`). The creation date comes from
/// `SOURCE_DATE_EPOCH` or the article's date, never from the clock, so reruns are identical.
public struct PDFExporter {
    public struct Metadata {
        public var title: String
        public var author: String?
        public var subject: String?
        /// ISO 8601 date or date-time; nil omits the date.
        public var date: String?
        /// The language of the text ("fr"), for screen readers.
        public var language: String?
        public init(title: String, author: String? = nil, subject: String? = nil, date: String? = nil, language: String? = nil) {
            self.title = title
            self.author = author
            self.subject = subject
            self.date = date
            self.language = language
        }
    }

    public var metadata: Metadata
    /// Set for the press file: PDF/X-4 in CMYK for this space's printing condition, no
    /// links (paper has none; PDF/X wants no annotations on the page).
    public var press: PressColorSpace?
    /// The inks the style gives its colours, for the press file.
    public var inks: [Color: CMYK]

    public init(metadata: Metadata, press: PressColorSpace? = nil, inks: [Color: CMYK] = [:]) {
        self.metadata = metadata
        self.press = press
        self.inks = inks
    }

    /// The press file's date when the article has none (PDF/X needs one); `check --press` says so.
    public static let undatedPressDate = "1970-01-01T00:00:00Z"

    /// The PDF as bytes; untagged without a structure (a contact sheet).
    public func render(_ pages: [Page], structure: StructureTree?) throws -> [UInt8] {
        guard let first = pages.first else { return [] }
        let sink = ByteSink()
        let surface = try CairoSurface(cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, first.size.width, first.size.height),
                                       "creating the PDF")
        let date = press == nil ? metadata.date : metadata.date ?? Self.undatedPressDate
        setMetadata(surface.pointer, date: date)
        let context = try CairoContext(surface)
        let tagging = structure.map { _ in TaggedContent() }
        for (n, page) in pages.enumerated() {
            tagging?.page = n + 1
            cairo_pdf_surface_set_size(surface.pointer, page.size.width, page.size.height)
            try FrameRenderer(context: context, tagging: tagging, links: press == nil).draw(page.frame)
            cairo_show_page(context.pointer)
            try context.check("finishing page \(n + 1)")
        }
        if let structure, let tagging { addOutline(structure, positions: tagging.positions, surface.pointer) }
        try surface.finish()
        let tree = structure.flatMap { tree in tagging.map { PDFStructure(tree: tree, leaves: $0.leaves) } }
        let pdfx = press.map { PDFXStep(colors: $0, inks: $0.inkTable(pages, own: inks), date: date ?? Self.undatedPressDate) }
        return try PDFPrintStep(structure: tree, pages: pages.map { ($0.size, $0.sheet) }, language: metadata.language, pdfx: pdfx).apply(to: sink.bytes)
    }

    public func write(_ pages: [Page], structure: StructureTree?, to url: URL) throws {
        try AtomicFile.write(try render(pages, structure: structure), to: url)
    }

    private func setMetadata(_ surface: OpaquePointer, date: String?) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        if let author = metadata.author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author) }
        if let subject = metadata.subject { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Feuillet")
        // Cairo stamps "now" unless told otherwise: give the fixed date, or none.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    /// Headings (elements `H1`…`H6` with a title), in reading order, each nested under the
    /// closest heading of a lower level before it, pointing where its text was drawn.
    private func addOutline(_ structure: StructureTree, positions: [Int: (page: Int, at: Point)], _ surface: OpaquePointer) {
        var parents: [(level: Int, id: Int32)] = []
        for e in structure.preorder() {
            let element = structure.elements[e]
            guard let title = element.title, element.kind.first == "H", let level = Int(element.kind.dropFirst()),
                  let first = structure.firstContent(of: e), let place = positions[first] else { continue }
            while let last = parents.last, last.level >= level { parents.removeLast() }
            let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let id = cairo_pdf_surface_add_outline(surface, parent, title, "page=\(place.page) pos=[\(place.at.x) \(place.at.y)]",
                                                   cairo_pdf_outline_flags_t(rawValue: 0))
            parents.append((level, id))
        }
    }
}
