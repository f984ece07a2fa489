import Foundation
import FeuilletLayout
import FeuilletRender

/// `contact-sheet.pdf` and `.png`: every variant of the batch at a glance, laid out by
/// Feuillet itself from the thumbnails the workers made.
enum ContactSheet {
    static func write(_ report: BatchReport, workspace: Workspace, to folder: URL) throws {
        let entries = report.outputs.compactMap { result in
            result.thumbnail.map { ContactSheetLayout.Entry(image: $0, label: [result.article, result.style, result.target]) }
        }
        let renderer = Renderer(workspace: workspace)
        let page = ContactSheetLayout(engine: renderer.engine).layout(title: "Feuillet — \(entries.count) variantes", entries: entries)
        try PDFExporter(metadata: .init(title: "Feuillet — planche contact")).write([page], to: folder.appendingPathComponent("contact-sheet.pdf"))
        try PNGExporter(scale: 1.5).write(page, to: folder.appendingPathComponent("contact-sheet.png"))
    }
}
