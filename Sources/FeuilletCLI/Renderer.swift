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

    public func layout(_ document: Document, style: StyleSheet, format: OutputFormat) throws -> LayoutResult {
        let document = style.typography.frenchSpacing ? FrenchNormalizer().normalize(document) : document
        switch format {
        case .a4:
            return LeafletLayout(engine: engine, hyphenator: workspace.hyphenator, style: style).layout(document)
        case .card(let preset):
            return LayoutResult(pages: try CardComposer(engine: engine, style: style).cards(.title, for: document, preset: preset), warnings: [])
        }
    }

    /// The cards of one kind at one preset (several pages for a carousel), French rules applied.
    public func cards(_ kind: CardKind, preset: CardPreset, document: Document, style: StyleSheet) throws -> [Page] {
        let document = style.typography.frenchSpacing ? FrenchNormalizer().normalize(document) : document
        return try CardComposer(engine: engine, style: style).cards(kind, for: document, preset: preset)
    }

    /// Writes `pages` to `url` as the format's file type.
    public func write(_ pages: [Page], document: Document, format: OutputFormat, to url: URL) throws {
        switch format {
        case .a4:
            let meta = document.metadata
            try PDFExporter(metadata: .init(title: meta.title, author: meta.author, subject: meta.summary,
                                            date: Self.creationDate(articleDate: meta.date))).write(pages, to: url)
        case .card:
            try PNGExporter().write(pages[0], to: url)
        }
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
