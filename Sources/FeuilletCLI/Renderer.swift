import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting
import FeuilletLayout
import FeuilletRender

/// Lays out one article in one style and format, and writes the file. Owns a text
/// engine (a Pango font map), so it belongs to one thread.
public final class Renderer {
    public let workspace: Workspace
    /// The Pango font map of this renderer's thread.
    public let engine: TextEngine

    public init(workspace: Workspace) {
        self.workspace = workspace
        engine = TextEngine(fonts: workspace.fonts)
    }

    /// Print formats take `options` (bleed, crop marks, shrinking to fit); cards ignore them.
    public func layout(_ typeset: TypesetDocument, format: OutputFormat, options: PrintOptions = PrintOptions()) throws -> LayoutResult {
        switch format {
        case .print(let print):
            return try PrintLayout(engine: engine, hyphenator: workspace.hyphenator, style: typeset.style)
                .layout(typeset.document, format: print, options: options)
        case .card(let preset):
            return LayoutResult(pages: try cards(.title, preset: preset, typeset: typeset), warnings: [])
        }
    }

    /// The cards of one kind at one preset (several pages for a carousel).
    public func cards(_ kind: CardKind, preset: CardPreset, typeset: TypesetDocument) throws -> [Page] {
        try CardComposer(engine: engine, style: typeset.style).cards(kind, for: typeset.document, preset: preset)
    }

    /// Writes `pages` to `url` as one PDF, or as one image per page (`a4-1.svg`…; a one-page
    /// card keeps `url`), in the format's own file type unless `type` says otherwise.
    /// Returns the files written.
    @discardableResult
    public func write(_ pages: [Page], document: Document, format: OutputFormat, to url: URL, type: OutputType? = nil) throws -> [URL] {
        let type = type ?? OutputType(rawValue: format.fileExtension)!
        if type != .pdf {
            // Print formats number their pages even when there is one; a card is one file.
            let numbered = if case .print = format { true } else { pages.count > 1 }
            return try OutputType.writeImages(pages, type: type, numbered: numbered, to: url)
        }
        let meta = document.metadata
        try PDFExporter(metadata: .init(title: meta.title, author: meta.author, subject: meta.summary,
                                        date: Self.creationDate(articleDate: meta.date), language: meta.lang)).write(pages, to: url)
        return [url]
    }

    /// `SOURCE_DATE_EPOCH` wins (reproducible builds), then the article's date; never the clock.
    static func creationDate(articleDate: String?) -> String? {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
            let f = ISO8601DateFormatter()
            f.timeZone = TimeZone(identifier: "UTC")
            return f.string(from: Date(timeIntervalSince1970: seconds))
        }
        return articleDate.map { $0 + "T00:00:00Z" }
    }
}
