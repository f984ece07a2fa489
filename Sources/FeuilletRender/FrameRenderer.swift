internal import CPangoCairo
import FeuilletLayout
import FeuilletStyle

/// Draws a frame's items on a Cairo context, groups at their origin and inside their clip.
/// For a tagged PDF (`tagging` set), each piece of content is drawn as a structure
/// element of its own and noted, so that the PDF's tree can be rebuilt from the
/// document's `StructureTree` once Cairo is done; links and anchors are written too.
struct FrameRenderer {
    let context: CairoContext
    let tagging: TaggedContent?
    /// Links are written (not in the press file).
    var links = true

    func draw(_ frame: Frame, at offset: Point = .zero) throws {
        let cr = context.pointer
        for placed in frame.items {
            let o = Point(x: offset.x + placed.origin.x, y: offset.y + placed.origin.y)
            switch placed.item {
            case .text(let line):
                // The outline shows a heading from the top of its line.
                try tagged(placed.structure, at: Point(x: o.x, y: o.y - line.ascent)) {
                    setColor(line.color)
                    draw(line, at: o)
                }
            case .shape(let shape):
                draw(shape, at: o)
            case .image(let image, let size):
                try tagged(placed.structure, at: o) { try draw(image, size: size, at: o) }
            case .vector(let vector, let size):
                try tagged(placed.structure, at: o) { try draw(vector, size: size, at: o) }
            case .link(let link):
                guard let tagging, links else { continue }
                let rect = "rect=[\(o.x) \(o.y) \(link.size.width) \(link.size.height)]"
                let target = switch link.target {
                case .uri(let uri): "uri='\(Self.escape(uri))'"
                case .destination(let name): "dest='\(Self.escape(name))'"
                }
                // Cairo makes a Link element holding the annotation: it stands for the link's own.
                cairo_tag_begin(cr, CAIRO_TAG_LINK, "\(target) \(rect)")
                cairo_tag_end(cr, CAIRO_TAG_LINK)
                tagging.drawn(placed.structure?.content, at: o)
            case .anchor(let name):
                guard tagging != nil else { continue }
                cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(Self.escape(name))' x=\(o.x) y=\(o.y)")
                cairo_tag_end(cr, CAIRO_TAG_DEST)
            case .group(let group, let clip):
                if let clip {
                    cairo_save(cr)
                    cairo_rectangle(cr, o.x + clip.x, o.y + clip.y, clip.width, clip.height)
                    cairo_clip(cr)
                }
                try draw(group, at: o)
                if clip != nil { cairo_restore(cr) }
            }
            try context.check("drawing")
        }
    }

    /// Draws content inside an element of its own when it has a place in the structure.
    private func tagged(_ ref: StructureRef?, at o: Point, _ body: () throws -> Void) throws {
        guard let tagging, let ref else { return try body() }
        cairo_tag_begin(context.pointer, TaggedContent.leaf, "")
        try body()
        cairo_tag_end(context.pointer, TaggedContent.leaf)
        tagging.drawn(ref.content, at: o)
    }

    /// A line's glyph runs from the left end of its baseline, each with the text it stands
    /// for (one text object per run, the words kept for extraction), then its underlines.
    private func draw(_ line: TextLine, at o: Point) {
        let cr = context.pointer
        for run in line.runs {
            cairo_move_to(cr, o.x + run.x, o.y)
            pango_cairo_show_glyph_item(cr, line.text, UnsafeMutablePointer<PangoGlyphItem>(run.item))
        }
        for u in line.underlines { cairo_rectangle(cr, o.x + u.x, o.y + u.y, u.width, u.height) }
        if !line.underlines.isEmpty { cairo_fill(cr) }
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
            if !shape.dash.isEmpty { cairo_set_dash(cr, shape.dash, Int32(shape.dash.count), 0) }
            cairo_stroke(cr)
            if !shape.dash.isEmpty { cairo_set_dash(cr, nil, 0, 0) }
        }
        cairo_new_path(cr)
    }

    private func setColor(_ c: Color) { cairo_set_source_rgba(context.pointer, c.red, c.green, c.blue, c.alpha) }

    /// Cairo's attribute strings quote with ' and escape with \.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

/// What a tagged PDF's pages drew, in drawing order: Cairo writes one structure element
/// per piece of content (never nested, so none of them loses its marked content), and
/// `PDFStructure` moves each one's content into the document's own element.
final class TaggedContent {
    /// The structure type Cairo is given for each piece: any standard one; it is replaced.
    static let leaf = "Span"

    /// For each element Cairo wrote, in order: the piece of content it holds (nil: a link
    /// drawn outside the structure, whose element is dropped).
    private(set) var leaves: [Int?] = []
    /// Where each piece of content was first drawn: page (from 1) and point, for the outline.
    private(set) var positions: [Int: (page: Int, at: Point)] = [:]
    var page = 1

    func drawn(_ content: Int?, at point: Point) {
        leaves.append(content)
        if let content, positions[content] == nil { positions[content] = (page, point) }
    }
}
