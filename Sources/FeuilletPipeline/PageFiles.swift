import Foundation
import FeuilletLayout
import FeuilletRender
import FeuilletStyle

/// The one place an exporter is chosen by file type.
public enum PageFiles {
    /// Writes `pages` as one PDF (`urls` holds one file; tagged with `structure`) or one image
    /// per page (one file each). Every page is drawn before the first file is written, so a
    /// failure writes nothing; `replacing` are files of an older set this one supersedes.
    /// `scale`: pixels per point of PNG and SVG files (default: 4/3, a CSS pixel a pixel, for
    /// PNG; points for SVG); `dpi` is written in PNG files.
    public static func write(_ pages: [Page], structure: StructureTree?, metadata: PDFExporter.Metadata, as type: FileType, to urls: [URL],
                             replacing stale: [URL] = [], dpi: Int? = nil, scale: Double? = nil) throws {
        let files = try bytes(pages, structure: structure, metadata: metadata, as: type, dpi: dpi, scale: scale)
        precondition(urls.count == files.count, type == .pdf ? "a PDF is one file" : "one image file per page")
        try AtomicFile.write(Array(zip(files, urls)) + altTexts(pages, as: type, to: urls), replacing: stale)
    }

    /// The files' bytes, made in memory: one PDF (tagged with `structure`), or one image per page.
    public static func bytes(_ pages: [Page], structure: StructureTree?, metadata: PDFExporter.Metadata, as type: FileType,
                             dpi: Int? = nil, scale: Double? = nil) throws -> [[UInt8]] {
        switch type {
        case .pdf:
            return [try PDFExporter(metadata: metadata).render(pages, structure: structure)]
        case .png, .svg:
            let png = scale.map { PNGExporter(scale: $0, dpi: dpi) } ?? PNGExporter(dpi: dpi)
            let svg = SVGExporter(pixelsPerPoint: scale)
            return try pages.map { page in try type == .svg ? svg.render(page) : png.render(page) }
        }
    }

    /// A card's alt text beside its picture, written with it: card-square.png, card-square.txt.
    static func altTexts(_ pages: [Page], as type: FileType, to urls: [URL]) -> [([UInt8], URL)] {
        guard type != .pdf else { return [] }
        return zip(pages, urls).compactMap { page, url in page.alt.map { (Array(($0 + "\n").utf8), altTextFile(of: url)) } }
    }

    /// The alt text file of a card's picture: the same name, `.txt`.
    public static let altTextExtension = "txt"
    public static func altTextFile(of url: URL) -> URL { url.deletingPathExtension().appendingPathExtension(altTextExtension) }

    /// A rendition's files' bytes: the press file as `render` made it, else drawn now as `type`.
    /// `dpi` (`PageResolution`): a print page is drawn at it, a card says it.
    public static func bytes(_ rendition: Rendition, as type: FileType, dpi: Int? = nil) throws -> [[UInt8]] {
        let dpi = try PageResolution.checked(dpi, for: type)
        guard let pressFile = rendition.pressFile else {
            let scale = rendition.target.isPrint ? dpi.map(PageResolution.scale) : nil
            return try bytes(rendition.pages, structure: rendition.structure, metadata: rendition.metadata, as: type, dpi: dpi, scale: scale)
        }
        precondition(type == .pdf, "the press file is one PDF")
        return [pressFile]
    }

    /// A rendition's files: the press file as `render` made it, else drawn now as `type`.
    static func write(_ rendition: Rendition, as type: FileType, to urls: [URL], replacing stale: [URL], dpi: Int?) throws {
        let files = try bytes(rendition, as: type, dpi: dpi)
        precondition(urls.count == files.count, "one file per page, or one PDF")
        try AtomicFile.write(Array(zip(files, urls)) + altTexts(rendition.pages, as: type, to: urls), replacing: stale)
    }

    /// The press file's bytes: PDF/X-4 in CMYK for `colors`' printing condition, the style's
    /// own inks used as they are.
    static func pressFile(_ pages: [Page], structure: StructureTree, metadata: PDFExporter.Metadata, colors: PressColorSpace,
                          inks: [Color: CMYK]) throws -> [UInt8] {
        try PDFExporter(metadata: metadata, press: colors, inks: inks).render(pages, structure: structure)
    }
}
