import Foundation
internal import CPangoCairo
import FeuilletLayout

/// Writes pages as a tagged PDF: structure tags from the frames, an outline from the
/// headings, clickable links, and metadata; then qpdf adds what Cairo cannot write (trim
/// and bleed boxes, language, reading order: `PDFPrintStep`). The creation date comes from
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
    public init(metadata: Metadata) { self.metadata = metadata }

    /// The PDF as bytes.
    public func render(_ pages: [Page]) throws -> [UInt8] {
        guard let first = pages.first else { return [] }
        let sink = ByteSink()
        let surface = try CairoSurface(cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, first.size.width, first.size.height),
                                       "creating the PDF")
        setMetadata(surface.pointer)
        let context = try CairoContext(surface)
        let plan = StructurePlan(pages)
        for (n, page) in pages.enumerated() {
            cairo_pdf_surface_set_size(surface.pointer, page.size.width, page.size.height)
            try FrameRenderer(context: context, tagged: true).draw(page.frame)
            cairo_show_page(context.pointer)
            try context.check("finishing page \(n + 1)")
        }
        addOutline(plan.headings, surface.pointer)
        try surface.finish()
        return try PDFPrintStep(plan: plan, pages: pages.map { ($0.size, $0.sheet) }, language: metadata.language).apply(to: sink.bytes)
    }

    public func write(_ pages: [Page], to url: URL) throws {
        try AtomicFile.write(try render(pages), to: url)
    }

    private func setMetadata(_ surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        if let author = metadata.author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author) }
        if let subject = metadata.subject { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Feuillet")
        // Cairo stamps "now" unless told otherwise: give the fixed date, or none.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, metadata.date)
    }

    /// Headings, in reading order, nest under the closest heading of a lower level before them.
    private func addOutline(_ entries: [StructurePlan.Heading], _ surface: OpaquePointer) {
        var parents: [(level: Int, id: Int32)] = []
        for e in entries {
            while let last = parents.last, last.level >= e.level { parents.removeLast() }
            let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let id = cairo_pdf_surface_add_outline(surface, parent, e.title, "page=\(e.page) pos=[\(e.at.x) \(e.at.y)]",
                                                   cairo_pdf_outline_flags_t(rawValue: 0))
            parents.append((e.level, id))
        }
    }
}
