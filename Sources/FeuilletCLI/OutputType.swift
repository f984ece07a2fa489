import ArgumentParser
import Foundation
import FeuilletLayout
import FeuilletRender

/// The kind of file a render writes: one PDF of all pages, or one image per page.
public enum OutputType: String, CaseIterable, Sendable, ExpressibleByArgument {
    case pdf, png
    /// Cairo's SVG: text drawn as outlines, not selectable.
    case svg

    /// One file per page, `name-1.svg`, `name-2.svg`… when `numbered`, else `url` itself.
    /// Every page is drawn before the first file is written, so a failure writes nothing.
    static func writeImages(_ pages: [Page], type: OutputType, numbered: Bool, to url: URL) throws -> [URL] {
        let files = try pages.map { page in try type == .svg ? SVGExporter().render(page) : PNGExporter().render(page) }
        let stem = url.deletingPathExtension().lastPathComponent, folder = url.deletingLastPathComponent()
        let urls = numbered ? pages.indices.map { folder.appendingPathComponent("\(stem)-\($0 + 1).\(type.rawValue)") } : [url]
        for (bytes, url) in zip(files, urls) { try AtomicFile.write(bytes, to: url) }
        return urls
    }
}
