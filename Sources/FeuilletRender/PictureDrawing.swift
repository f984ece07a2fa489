import Foundation
internal import CPangoCairo
internal import CRsvg
import FeuilletLayout
import FeuilletStyle

extension FrameRenderer {
    /// Pixels at `size`, turned as their EXIF orientation says. A photo's JPEG goes into
    /// PDF and SVG files as it is (Cairo's MIME data), not decoded and encoded again.
    /// On a pixel surface a photo drawn smaller is reduced once to the pixels it covers
    /// and kept (`ReducedPhoto`), then copied.
    func draw(_ image: Image, size: Size, at o: Point) throws {
        if let reduced = ReducedPhoto.placement(on: context.pointer, image, size: size, at: o) {
            return try draw(reduced, of: image)
        }
        try Self.draw(image, on: context.pointer, size: size, at: o, withJPEG: true)
    }

    /// `image` at `size` from `o` in `cr`'s user space.
    private static func draw(_ image: Image, on cr: OpaquePointer, size: Size, at o: Point, withJPEG: Bool) throws {
        try image.pixels.withUnsafeBufferPointer { buffer in
            // Cairo only reads a source surface's pixels.
            let surface = try CairoSurface(cairo_image_surface_create_for_data(UnsafeMutablePointer(mutating: buffer.baseAddress),
                                                                               image.hasAlpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                                                               Int32(image.width), Int32(image.height), Int32(image.stride)),
                                           "wrapping an image")
            if withJPEG, let jpeg = image.jpeg { try attach(jpeg, to: surface) }
            cairo_save(cr)
            cairo_translate(cr, o.x, o.y)
            cairo_scale(cr, size.width / Double(image.shownWidth), size.height / Double(image.shownHeight))
            orient(cr, image)
            cairo_set_source_surface(cr, surface.pointer, 0, 0)
            // Scaled down, a photo is filtered well; never blurred by a nearest-pixel pick.
            cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
            // A filled rectangle, not cairo_paint: Cairo 1.16 fails a PDF page whose first
            // marked content is an unbounded paint ("invalid tag name, attributes, or nesting").
            cairo_rectangle(cr, 0, 0, Double(image.width), Double(image.height))
            cairo_fill(cr)
            cairo_restore(cr)
            // The surface must be finished while the pixels it borrows still exist.
            try surface.finish()
        }
    }

    /// The photo's covered pixels, reduced now or kept from an earlier card, copied to their place.
    private func draw(_ reduced: ReducedPhoto, of image: Image) throws {
        let stride = reduced.columns * 4
        let pixels = try reduced.pixels {
            let surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(reduced.columns), Int32(reduced.rows)), "reducing a photo")
            let context = try CairoContext(surface)
            cairo_translate(context.pointer, -Double(reduced.left), -Double(reduced.top))
            try Self.draw(image, on: context.pointer, size: Size(width: reduced.width, height: reduced.height),
                          at: Point(x: reduced.x, y: reduced.y), withJPEG: false)
            cairo_surface_flush(surface.pointer)
            try context.check("reducing a photo")
            guard Int(cairo_image_surface_get_stride(surface.pointer)) == stride, let data = cairo_image_surface_get_data(surface.pointer) else {
                throw CairoError(CAIRO_STATUS_INVALID_STRIDE, "reducing a photo")
            }
            return Array(UnsafeBufferPointer(start: data, count: stride * reduced.rows))
        }
        let cr = context.pointer
        try pixels.bytes.withUnsafeBufferPointer { buffer in
            let surface = try CairoSurface(cairo_image_surface_create_for_data(UnsafeMutablePointer(mutating: buffer.baseAddress), CAIRO_FORMAT_ARGB32,
                                                                               Int32(reduced.columns), Int32(reduced.rows), Int32(stride)),
                                           "wrapping a reduced photo")
            cairo_save(cr)
            cairo_identity_matrix(cr)
            cairo_set_source_surface(cr, surface.pointer, Double(reduced.left), Double(reduced.top))
            cairo_rectangle(cr, Double(reduced.left), Double(reduced.top), Double(reduced.columns), Double(reduced.rows))
            cairo_fill(cr)
            cairo_restore(cr)
            try surface.finish()
        }
    }

    /// The JPEG bytes, copied for Cairo, which frees them when it no longer needs them.
    private static func attach(_ jpeg: [UInt8], to surface: CairoSurface) throws {
        guard let copy = malloc(max(1, jpeg.count)) else { throw CairoError(CAIRO_STATUS_NO_MEMORY, "keeping a photo's JPEG") }
        jpeg.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: jpeg.count) }
        let status = cairo_surface_set_mime_data(surface.pointer, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self),
                                                 UInt(jpeg.count), { free($0) }, copy)
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
        try CairoError.check(status, "keeping a photo's JPEG")
    }

    /// The transform that shows stored pixels upright, for EXIF orientations 2 to 8,
    /// in the unit square of the shown picture's pixels.
    private static func orient(_ cr: OpaquePointer, _ image: Image) {
        let w = Double(image.width), h = Double(image.height)
        var m = cairo_matrix_t()
        switch image.orientation {
        case 2: cairo_matrix_init(&m, -1, 0, 0, 1, w, 0)   // mirrored
        case 3: cairo_matrix_init(&m, -1, 0, 0, -1, w, h)  // upside down
        case 4: cairo_matrix_init(&m, 1, 0, 0, -1, 0, h)   // mirrored upside down
        case 5: cairo_matrix_init(&m, 0, 1, 1, 0, 0, 0)    // mirrored, a quarter left
        case 6: cairo_matrix_init(&m, 0, 1, -1, 0, h, 0)   // a quarter right
        case 7: cairo_matrix_init(&m, 0, -1, -1, 0, h, w)  // mirrored, a quarter right
        case 8: cairo_matrix_init(&m, 0, -1, 1, 0, 0, w)   // a quarter left
        default: return
        }
        cairo_transform(cr, &m)
    }

    /// An SVG at `size` (its proportions kept, centred), as vectors: librsvg draws on the
    /// same Cairo context, so a PDF or SVG file holds paths, not pixels.
    func draw(_ vector: VectorImage, size: Size, at o: Point) throws {
        let document = try SVGDocument(vector.svg)
        var viewport = RsvgRectangle(x: o.x, y: o.y, width: size.width, height: size.height)
        cairo_save(context.pointer)
        defer { cairo_restore(context.pointer) }
        var error: UnsafeMutablePointer<GError>?
        if rsvg_handle_render_document(document.handle, context.pointer, &viewport, &error) == 0 {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            g_error_free(error)
            throw PictureError(message: "an SVG picture cannot be drawn: \(message)")
        }
    }
}

/// Owns a librsvg handle on SVG data.
final class SVGDocument {
    let handle: UnsafeMutablePointer<RsvgHandle>

    init(_ svg: [UInt8]) throws {
        var error: UnsafeMutablePointer<GError>?
        let handle = svg.withUnsafeBufferPointer { rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }
        guard let handle else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "not an SVG"
            g_error_free(error)
            throw PictureError(message: "not an SVG picture librsvg can read: \(message)")
        }
        self.handle = handle
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Its size in points (96 pixels an inch), from its width and height or its view box.
    var size: Size? {
        var width = 0.0, height = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) != 0, width > 0, height > 0 {
            return Size(width: Length.px(width).points(), height: Length.px(height).points())
        }
        var hasViewBox: gboolean = 0, viewBox = RsvgRectangle()
        rsvg_handle_get_intrinsic_dimensions(handle, nil, nil, nil, nil, &hasViewBox, &viewBox)
        return hasViewBox != 0 && viewBox.width > 0 && viewBox.height > 0 ? Size(width: Length.px(viewBox.width).points(), height: Length.px(viewBox.height).points()) : nil
    }
}
