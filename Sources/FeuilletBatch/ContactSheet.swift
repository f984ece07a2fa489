import Foundation
import FeuilletLayout
import FeuilletModel
import FeuilletPipeline
import FeuilletRender

/// `contact-sheet.pdf` and `contact-sheet-1.png`…: every page and slide of every variant
/// of the batch, and every failure, one or more pages per article, laid out by Feuillet
/// itself from the thumbnails the jobs left in `<output>/.thumbnails/` (so that up-to-date
/// jobs, `--only` runs and shards' merges draw every variant without laying it out again).
enum ContactSheet {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The files made, each on its own (two workers make them side by side).
    static let types: [FileType] = [.pdf, .png]

    /// Pixels of a thumbnail's longer side.
    static let thumbnailSide = 168.0

    static func label(_ result: BatchResult) -> [String] { [result.style, result.target] }

    /// The folder of a variant's thumbnails: `.thumbnails/<article>/<style>/`.
    static func thumbnailFolder(article: String, style: String, output: URL) -> URL {
        output.appendingPathComponent(".thumbnails").appendingPathComponent(article).appendingPathComponent(style)
    }

    /// The thumbnail files of a job's pages, named as its PNG pages are.
    static func thumbnails(of result: BatchResult, output: URL) -> [URL] {
        guard let target = Target(name: result.target), result.pages > 0 else { return [] }
        let folder = thumbnailFolder(article: result.article, style: result.style, output: output)
        return target.files(pages: result.pages, type: .png).map { folder.appendingPathComponent($0) }
    }

    /// A page as its thumbnail: a PNG whose longer side is `thumbnailSide` pixels.
    static func thumbnail(_ page: Page) throws -> [UInt8] {
        try PNGExporter(scale: thumbnailSide / max(page.size.width, page.size.height)).render(page)
    }

    /// Writes the thumbnails of a job's pages (`thumbnail`), replacing the job's older ones.
    static func writeThumbnails(_ pngs: [[UInt8]], of result: BatchResult, output: URL) throws {
        guard let target = Target(name: result.target) else { return }
        let folder = thumbnailFolder(article: result.article, style: result.style, output: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for old in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where target.owns(old, type: .png) {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(old))
        }
        for (png, file) in zip(pngs, thumbnails(of: result, output: output)) {
            try AtomicFile.write(png, to: file)
        }
    }

    /// What the sheet shows of each output of a report, by article, in the article's
    /// language (French when no job could read it): its thumbnails read back (a missing
    /// one leaves its variant as a box saying so), or its failure or skip.
    static func groups(_ report: BatchReport, output: URL) -> [ContactSheetLayout.Group] {
        var order: [String] = [], byArticle: [String: [ContactSheetLayout.Entry]] = [:], languages: [String: String] = [:]
        for result in report.outputs where languages[result.article] == nil { languages[result.article] = result.language }
        for result in report.outputs {
            if byArticle[result.article] == nil { order.append(result.article) }
            let labels = Labels.of(languages[result.article] ?? Metadata.defaultLanguage)
            var entry = ContactSheetLayout.Entry(images: [], label: label(result))
            switch result.status {
            case .failed: (entry.note, entry.failed) = (labels.sheetFailed(result.error ?? ""), true)
            case .skipped: entry.note = labels.sheetSkipped(result.reason ?? "")
            case .written, .upToDate:
                let images = thumbnails(of: result, output: output).compactMap { url -> Image? in
                    guard let bytes = FileManager.default.contents(atPath: url.path), case .raster(let image)? = try? PictureDecoder.decode([UInt8](bytes)) else { return nil }
                    return image
                }
                if images.count == result.pages { entry.images = images } else { entry.note = labels[.sheetNoThumbnails] }
            }
            byArticle[result.article, default: []].append(entry)
        }
        return order.map { ContactSheetLayout.Group(title: $0, entries: byArticle[$0]!, labels: Labels.of(languages[$0] ?? Metadata.defaultLanguage)) }
    }

    /// The sheet of the report in `output` as `type`.
    static func write(_ type: FileType, report output: URL, engine: TextEngine) throws {
        let report = try BatchReport.read(output.appendingPathComponent(BatchReport.fileName))
        try write(type, groups: groups(report, output: output), engine: engine, to: output)
    }

    /// The sheet as `type`: one PDF, or one PNG a page (the older pages removed).
    static func write(_ type: FileType, groups: [ContactSheetLayout.Group], engine: TextEngine, to folder: URL) throws {
        let pages = ContactSheetLayout(engine: engine).layout(groups: groups)
        let stem = "contact-sheet"
        let files = type == .pdf ? ["\(stem).pdf"] : (1...max(1, pages.count)).map { "\(stem)-\($0).png" }
        let stale = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix(stem) && $0.hasSuffix("." + type.rawValue) && !files.contains($0) }.map { folder.appendingPathComponent($0) }
        // 1.5 pixels a point in PNG: the 168-pixel thumbnails drawn in 84 pt boxes keep some of their detail.
        try PageFiles.write(pages, structure: nil, metadata: .init(title: ContactSheetLayout.title(groups)), as: type,
                            to: files.map { folder.appendingPathComponent($0) }, replacing: stale, scale: 1.5)
    }
}
