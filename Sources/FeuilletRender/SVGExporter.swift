import Foundation
internal import CPangoCairo
import FeuilletLayout

/// Writes one page as SVG with Cairo's SVG surface. Cairo draws text as glyph outlines
/// (paths): the file looks right everywhere but its text cannot be selected or searched.
public struct SVGExporter {
    /// nil: the SVG is measured in points (`595pt`); else in pixels, this many a point
    /// (`--dpi 150`: an A4 is 1240 × 1754 px), for what draws an SVG at its pixel size.
    public var pixelsPerPoint: Double?

    public init(pixelsPerPoint: Double? = nil) {
        self.pixelsPerPoint = pixelsPerPoint
    }

    public func render(_ page: Page) throws -> [UInt8] {
        let sink = ByteSink()
        let scale = pixelsPerPoint ?? 1
        let width = pixelsPerPoint == nil ? page.size.width : (page.size.width * scale).rounded()
        let height = pixelsPerPoint == nil ? page.size.height : (page.size.height * scale).rounded()
        let surface = try CairoSurface(cairo_svg_surface_create_for_stream(ByteSink.write, sink.opaque, width, height), "creating the SVG")
        cairo_svg_surface_restrict_to_version(surface.pointer, CAIRO_SVG_VERSION_1_1)
        if pixelsPerPoint != nil { cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PX) }
        let context = try CairoContext(surface)
        cairo_scale(context.pointer, scale, scale)
        try FrameRenderer(context: context, tagging: nil).draw(page.frame)
        try context.check("drawing the SVG")
        try surface.finish()
        return Self.numberedFromOne(sink.bytes)
    }

    public func write(_ page: Page, to url: URL) throws {
        try AtomicFile.write(try render(page), to: url)
    }

    /// Cairo names the SVG's surfaces after a counter that runs for the whole process
    /// (`surface17`): renumbered in order of appearance, the same page gives the same bytes.
    static func numberedFromOne(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        var names: [Substring: Int] = [:]
        var out = ""
        var rest = text[...]
        while let match = rest.firstMatch(of: /surface(\d+)/) {
            out += rest[..<match.range.lowerBound]
            let number = names[match.output.1] ?? {
                names[match.output.1] = names.count + 1
                return names.count
            }()
            out += "surface\(number)"
            rest = rest[match.range.upperBound...]
        }
        return Array((out + rest).utf8)
    }
}
