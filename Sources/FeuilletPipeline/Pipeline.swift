import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting
import FeuilletLayout
import FeuilletRender

/// The one path from an article to a file: import, style, typeset, lay out in a target,
/// check, write. Every command, the batch, the fuzz targets and the tests go through it.
/// Owns a text engine (a Pango font map), so it belongs to one thread.
public final class Pipeline {
    public let workspace: Workspace
    public let engine: TextEngine
    private let loader = PictureLoader()

    public init(workspace: Workspace) {
        self.workspace = workspace
        engine = TextEngine(fonts: workspace.fonts)
    }

    /// A rendition failed by `RenderOptions.strict`: the first finding that made it fail.
    public struct Rejected: Error, CustomStringConvertible {
        public var finding: Finding
        public var description: String {
            finding.rule == Preflight.outsideRule ? "\(finding.rule): \(finding.message)" : "\(finding.rule) (--strict): \(finding.message)"
        }
    }

    /// An article read from its file, in a style: what `render` is for one target.
    /// With `strict`, an unknown front-matter key is an error.
    public func typeset(article path: String, style: String, strict: Bool = false) throws -> (typeset: TypesetDocument, warnings: [Diagnostic]) {
        let (document, warnings) = try workspace.loadArticle(path, strict: strict)
        return (try workspace.styles.load(style).typeset(document), warnings)
    }

    /// Lays the article out in the target and checks it. A print format too long for its
    /// page throws `PrintLayout.DoesNotFit`; a card with nothing to show,
    /// `CardComposer.Failure.nothingToShow`.
    public func render(_ typeset: TypesetDocument, target: Target, options: RenderOptions = RenderOptions()) throws -> Rendition {
        let style = typeset.style, document = typeset.document
        try workspace.fonts.check(style.families)
        let result: LayoutResult
        switch target {
        case .print(let format, let press):
            let (bleed, marks) = options.sheet(press: press, style: style)
            let print = PrintOptions(bleed: bleed, marks: marks, fit: options.fit)
            var layout = PrintLayout(engine: engine, hyphenator: try workspace.hyphenator(for: document.metadata.lang), style: style)
            layout.pictures = try loader.pictures(for: document, style: style)
            layout.labels = typeset.labels
            result = try layout.layout(document, format: format, options: print)
        case .cards(let kind, let preset):
            var composer = CardComposer(engine: engine, style: style)
            // The logo and the photos the cards may show, not the article's other figures.
            composer.pictures = try loader.pictures(for: Document(metadata: document.metadata, blocks: document.cardPhotos.map(Block.figure)), style: style)
            composer.labels = typeset.labels
            result = try composer.layout(kind, for: document, preset: preset)
        }
        let preflight = Preflight(document: document, style: style, result: result, isPrint: target.isPrint)
        var findings = options.preflight ? preflight.findings() : preflight.layoutAndFontFindings()
        let metadata = Self.metadata(document.metadata)
        // The press file is made here, once: its checks read it, and writing it only saves it.
        let pressFile = try target.isPress ? PageFiles.pressFile(result.pages, structure: result.structure, metadata: metadata, colors: try pressColors(),
                                                                        inks: style.page.press.inks) : nil
        if let pressFile, options.preflight {
            findings += PressCheck(colors: try pressColors(), pages: result.pages, bodyColor: style[.body].color, inks: style.page.press.inks).findings()
            findings += try PressCheck.file(pressFile)
            if metadata.date == nil {
                findings.append(Finding(.warning, "press-date", "the article has no date: the press file says \(PDFExporter.undatedPressDate) (PDF/X needs one; give date: in the front matter)"))
            }
        }
        // Text off the page is never written; with `strict`, no error of the checks either.
        if let fatal = findings.first(where: { $0.rule == Preflight.outsideRule || options.strict && ($0.severity == .error || $0.rule == Preflight.fontFallbackRule) }) {
            throw Rejected(finding: fatal)
        }
        return Rendition(target: target, pages: result.pages, structure: result.structure, metadata: metadata,
                         findings: findings, scale: result.scale, pressFile: pressFile)
    }

    /// What the PDF says about itself, from the typeset text (French spacing included).
    static func metadata(_ meta: Metadata) -> PDFExporter.Metadata {
        PDFExporter.Metadata(title: meta.title, author: meta.author, subject: meta.summary,
                             date: creationDate(articleDate: meta.date), language: meta.lang)
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

    /// The press file's colours (lcms2 over the workspace's FOGRA39 profile), made once.
    public func pressColors() throws -> PressColorSpace {
        if let made = press { return made }
        let made = try workspace.pressColorSpace()
        press = made
        return made
    }
    private var press: PressColorSpace?

    /// Writes the rendition as `type` (default: the target's) where the target's files go
    /// in `location`: one PDF, or one image per page; the target's files there that this
    /// rendition does not have (slides of a longer carousel) are removed. Returns the files.
    @discardableResult
    public func write(_ rendition: Rendition, as type: FileType? = nil, in location: OutputLocation, dpi: Int? = nil) throws -> [URL] {
        let type = type ?? rendition.target.defaultType
        let urls = location.files(rendition.target, pages: rendition.pages.count, type: type)
        try PageFiles.write(rendition, as: type, to: urls,
                            replacing: Self.files(of: rendition.target, stem: nil, type: type, in: location.folder), dpi: dpi)
        return urls
    }

    /// Writes the rendition to a file a person named (`--output`): `url` itself when it is
    /// one file, else one image per page named after it as the target names its own
    /// (`leaflet-1.png`…, `slides-01.png`…), older pages of that name removed.
    @discardableResult
    public func write(_ rendition: Rendition, as type: FileType, to url: URL, dpi: Int? = nil) throws -> [URL] {
        let folder = url.deletingLastPathComponent(), stem = url.deletingPathExtension().lastPathComponent
        let names = rendition.target.files(stem: stem, pages: rendition.pages.count, type: type)
        // One file (a PDF, a one-page card) is `url` itself; pages are numbered after it.
        let single = type == .pdf || (!rendition.target.isPrint && rendition.pages.count == 1)
        let urls = single ? [url] : names.map { folder.appendingPathComponent($0) }
        try PageFiles.write(rendition, as: type, to: urls,
                            replacing: single ? [] : Self.files(of: rendition.target, stem: stem, type: type, in: folder), dpi: dpi)
        return urls
    }

    /// Removes the target's files in `location`, as every type: a job that failed leaves no
    /// older output that would look like its own.
    public func removeFiles(of target: Target, in location: OutputLocation) throws {
        for type in target.types {
            for url in Self.files(of: target, stem: nil, type: type, in: location.folder) where unlink(url.path) != 0 && errno != ENOENT {
                throw AtomicFile.failure(url, errno)
            }
        }
    }

    private static func files(of target: Target, stem: String?, type: FileType, in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            .filter { target.owns($0, stem: stem, type: type) || !target.isPrint && target.owns(altTextOf: $0, stem: stem, type: type) }
            .map { folder.appendingPathComponent($0) }
    }
}
