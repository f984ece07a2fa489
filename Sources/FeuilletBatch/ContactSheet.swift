import Foundation
import FeuilletLayout
import FeuilletPipeline
import FeuilletRender

/// `contact-sheet.pdf` and `.png`: every variant of the batch at a glance, laid out by
/// Feuillet itself from the thumbnails the jobs made.
enum ContactSheet {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The files made, each on its own (two workers make them side by side).
    static let types: [FileType] = [.pdf, .png]

    static func label(_ result: BatchResult) -> [String] { [result.article, result.style, result.target] }

    static func write(_ type: FileType, entries: [ContactSheetLayout.Entry], engine: TextEngine, to folder: URL) throws {
        let page = ContactSheetLayout(engine: engine).layout(title: "Feuillet — \(entries.count) variantes", entries: entries)
        // 1.25 pixels a point in PNG: the 150-pixel thumbnails are drawn at about their own size.
        try PageFiles.write([page], structure: nil, metadata: .init(title: "Feuillet — planche contact"), as: type,
                            to: [folder.appendingPathComponent("contact-sheet.\(type.rawValue)")], scale: 1.25)
    }
}
