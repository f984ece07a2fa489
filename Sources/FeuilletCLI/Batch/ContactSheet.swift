import Foundation
import FeuilletLayout
import FeuilletRender

/// `contact-sheet.pdf` and `.png`: every variant of the batch at a glance, laid out by
/// Feuillet itself from the thumbnails the jobs made.
enum ContactSheet {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The files made, each on its own (two workers make them side by side).
    static let types: [OutputType] = [.pdf, .png]

    static func label(_ result: BatchResult) -> [String] { [result.article, result.style, result.target] }

    static func write(_ type: OutputType, entries: [ContactSheetLayout.Entry], renderer: Renderer, to folder: URL) throws {
        let page = ContactSheetLayout(engine: renderer.engine).layout(title: "Feuillet — \(entries.count) variantes", entries: entries)
        let file = folder.appendingPathComponent("contact-sheet.\(type.rawValue)")
        switch type {
        case .pdf: try PDFExporter(metadata: .init(title: "Feuillet — planche contact")).write([page], to: file)
        // 1.25 pixels a point: the 150-pixel thumbnails are drawn at about their own size.
        case .png: try PNGExporter(scale: 1.25).write(page, to: file)
        case .svg: try SVGExporter().write(page, to: file)
        }
    }
}
