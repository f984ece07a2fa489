internal import CPangoCairo
import FeuilletLayout
import FeuilletStyle

/// Draws a frame's items on a Cairo context. Structure tags and links are only sent
/// to PDF surfaces (other surfaces ignore them anyway).
struct FrameRenderer {
    let context: CairoContext
    let tagged: Bool

    func draw(_ frame: Frame) throws {
        let cr = context.pointer
        for placed in frame.items {
            let o = placed.origin
            switch placed.item {
            case .text(let line):
                setColor(line.color)
                cairo_move_to(cr, o.x, o.y)
                pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(line.layout, 0))
            case .shape(let shape):
                draw(shape, at: o)
            case .image(let image, let size):
                try draw(image, size: size, at: o)
            case .link(let link):
                guard tagged else { continue }
                let rect = "rect=[\(o.x) \(o.y) \(link.size.width) \(link.size.height)]"
                let target = switch link.target {
                case .uri(let uri): "uri='\(Self.escape(uri))'"
                case .destination(let name): "dest='\(Self.escape(name))'"
                }
                cairo_tag_begin(cr, CAIRO_TAG_LINK, "\(target) \(rect)")
                cairo_tag_end(cr, CAIRO_TAG_LINK)
            case .tag(let tag):
                guard tagged else { continue }
                switch tag.phase {
                case .begin:
                    cairo_tag_begin(cr, tag.name, "")
                case .end:
                    cairo_tag_end(cr, tag.name)
                }
            case .anchor(let name):
                guard tagged else { continue }
                cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(Self.escape(name))' x=\(o.x) y=\(o.y)")
                cairo_tag_end(cr, CAIRO_TAG_DEST)
            }
            try context.check("drawing")
        }
    }

    private func draw(_ shape: Shape, at o: Point) {
        let cr = context.pointer
        switch shape.geometry {
        case .rectangle(let size, let radius):
            if radius > 0 {
                let r = min(radius, size.width / 2, size.height / 2)
                cairo_new_sub_path(cr)
                cairo_arc(cr, o.x + size.width - r, o.y + r, r, -.pi / 2, 0)
                cairo_arc(cr, o.x + size.width - r, o.y + size.height - r, r, 0, .pi / 2)
                cairo_arc(cr, o.x + r, o.y + size.height - r, r, .pi / 2, .pi)
                cairo_arc(cr, o.x + r, o.y + r, r, .pi, 3 * .pi / 2)
                cairo_close_path(cr)
            } else {
                cairo_rectangle(cr, o.x, o.y, size.width, size.height)
            }
        case .rule(let to):
            cairo_move_to(cr, o.x, o.y)
            cairo_rel_line_to(cr, to.x, to.y)
        }
        if let fill = shape.fill {
            setColor(fill)
            shape.stroke == nil ? cairo_fill(cr) : cairo_fill_preserve(cr)
        }
        if let stroke = shape.stroke {
            setColor(stroke)
            cairo_set_line_width(cr, shape.lineWidth)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    private func draw(_ image: Image, size: Size, at o: Point) throws {
        let cr = context.pointer
        var pixels = image.pixels
        try pixels.withUnsafeMutableBufferPointer { buffer in
            let surface = try CairoSurface(cairo_image_surface_create_for_data(buffer.baseAddress, CAIRO_FORMAT_RGB24,
                                                                               Int32(image.width), Int32(image.height), Int32(image.stride)),
                                           "wrapping an image")
            cairo_save(cr)
            cairo_translate(cr, o.x, o.y)
            cairo_scale(cr, size.width / Double(image.width), size.height / Double(image.height))
            cairo_set_source_surface(cr, surface.pointer, 0, 0)
            cairo_paint(cr)
            cairo_restore(cr)
            // The surface must be finished while the pixels it borrows still exist.
            try surface.finish()
        }
    }

    private func setColor(_ c: Color) { cairo_set_source_rgba(context.pointer, c.red, c.green, c.blue, c.alpha) }

    /// Cairo's attribute strings quote with ' and escape with \.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
