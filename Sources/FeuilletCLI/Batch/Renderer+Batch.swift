import Foundation
import FeuilletLayout
import FeuilletModel
import FeuilletRender
import FeuilletStyle
import FeuilletTypesetting

extension Renderer {
    func layout(_ typeset: TypesetDocument, target: BatchTarget) throws -> LayoutResult {
        switch target {
        // Print-ready like `render`, and set smaller (with a warning) rather than failing when too long.
        case .print(let format): try layout(typeset, format: format, options: PrintOptions(bleed: typeset.style.page.bleed.points(), fit: .shrink))
        case .cards(let kind, let preset): LayoutResult(pages: try cards(kind, preset: preset, typeset: typeset), warnings: [])
        }
    }

    func write(_ pages: [Page], document: Document, target: BatchTarget, to url: URL) throws {
        switch target {
        case .print(let format): try write(pages, document: document, format: format, to: url)
        case .cards: try PNGExporter().write(pages[0], to: url)
        }
    }
}
