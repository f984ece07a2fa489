import Foundation
import FeuilletLayout
import FeuilletModel
import FeuilletRender
import FeuilletStyle

extension Renderer {
    func layout(_ document: Document, style: StyleSheet, target: BatchTarget) throws -> LayoutResult {
        switch target {
        // Print-ready like `render`, and set smaller (with a warning) rather than failing when too long.
        case .print(let format): try layout(document, style: style, format: format, options: PrintOptions(bleed: style.page.bleed.points(), fit: .shrink))
        case .cards(let kind, let preset): LayoutResult(pages: try cards(kind, preset: preset, document: document, style: style), warnings: [])
        }
    }

    func write(_ pages: [Page], document: Document, target: BatchTarget, to url: URL) throws {
        switch target {
        case .print(let format): try write(pages, document: document, format: format, to: url)
        case .cards: try PNGExporter().write(pages[0], to: url)
        }
    }
}
