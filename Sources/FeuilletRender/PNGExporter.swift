import Foundation
internal import CPangoCairo
internal import CSpng
import FeuilletLayout
import FeuilletStyle

/// Draws a page into pixels and encodes it with libspng, tuned for speed (fast
/// deflate, no filtering: deflate is most of a card's cost) and written as 8-bit RGB
/// since cards are opaque. A page that is mostly photo deflates faster with zlib's largest
/// hash table (a 1080 photo card: 28 ms instead of 30, 915 KB instead of 920 KB); PNG's
/// filters would make it 2–15 % smaller but 15–50 % slower to encode (up: 812 KB in 35 ms,
/// Paeth: 780 KB in 46 ms), and zlib's Huffman-only or run strategies are no faster.
public struct PNGExporter {
    public enum Failure: Error, CustomStringConvertible {
        case encoding(String)
        public var description: String {
            switch self { case .encoding(let m): "PNG encoding failed: \(m)" }
        }
    }

    /// Pixels per point: the default makes one CSS pixel per pixel.
    public var scale: Double
    /// Written as a pHYs chunk when set, for people who print the image.
    public var dpi: Int?

    public init(scale: Double = 1 / Length.pointsPerPixel, dpi: Int? = nil) {
        self.scale = scale
        self.dpi = dpi
    }

    public func render(_ page: Page) throws -> [UInt8] {
        let (surface, size) = try draw(page)
        return try encode(surface.pointer, width: size.width, height: size.height, photographic: Self.photographic(page))
    }

    /// Photos cover at least a quarter of the page.
    static func photographic(_ page: Page) -> Bool {
        var area = 0.0
        page.frame.walk { _, placed in
            if case .image(let image, let size) = placed.item, image.contentKey != nil { area += size.width * size.height }
        }
        return area >= page.size.width * page.size.height / 4
    }

    /// The page drawn on an opaque RGB image surface of its size in pixels.
    private func draw(_ page: Page) throws -> (CairoSurface, (width: Int, height: Int)) {
        let width = Int((page.size.width * scale).rounded()), height = Int((page.size.height * scale).rounded())
        let surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)), "creating the image")
        let context = try CairoContext(surface)
        cairo_set_source_rgb(context.pointer, 1, 1, 1)
        cairo_paint(context.pointer)
        cairo_scale(context.pointer, scale, scale)
        try FrameRenderer(context: context, tagging: nil).draw(page.frame)
        cairo_surface_flush(surface.pointer)
        try context.check("drawing the image")
        return (surface, (width, height))
    }

    /// The page's pixels (a thumbnail at a small scale), to be drawn elsewhere.
    public func image(_ page: Page) throws -> Image {
        let (surface, size) = try draw(page)
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        let data = cairo_image_surface_get_data(surface.pointer)!
        return Image(width: size.width, height: size.height, stride: stride, pixels: Array(UnsafeBufferPointer(start: data, count: stride * size.height)))
    }

    /// The same page encoded by Cairo's own PNG writer: the reference `feuillet bench`
    /// compares speed and size against.
    public func renderWithCairoWriter(_ page: Page) throws -> [UInt8] {
        let (surface, _) = try draw(page)
        let sink = ByteSink()
        try CairoError.check(cairo_surface_write_to_png_stream(surface.pointer, ByteSink.write, sink.opaque), "writing PNG with Cairo")
        return sink.bytes
    }

    public func write(_ page: Page, to url: URL) throws {
        try AtomicFile.write(try render(page), to: url)
    }

    /// Cairo's RGB24 is a native-endian 32-bit word per pixel (0xXXRRGGBB): each row is
    /// turned into RGB bytes as the encoder asks for it, so no copy of the image is made.
    private func encode(_ surface: OpaquePointer, width: Int, height: Int, photographic: Bool) throws -> [UInt8] {
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        return try Self.encode(width: width, height: height, dpi: dpi, photographic: photographic) { y, out in
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width {
                let p = row[x]
                out[3 * x] = UInt8(truncatingIfNeeded: p >> 16)
                out[3 * x + 1] = UInt8(truncatingIfNeeded: p >> 8)
                out[3 * x + 2] = UInt8(truncatingIfNeeded: p)
            }
        }
    }

    /// 8-bit RGB pixels (three bytes a pixel, row after row) as a PNG.
    public static func encode(rgb: [UInt8], width: Int, height: Int, dpi: Int? = nil) throws -> [UInt8] {
        try rgb.withUnsafeBufferPointer { pixels in
            try encode(width: width, height: height, dpi: dpi, photographic: false) { y, out in
                _ = out.initialize(from: pixels[(y * width * 3)..<((y + 1) * width * 3)])
            }
        }
    }

    /// Encodes row by row (libspng's progressive mode): `row(y, buffer)` fills row `y` as RGB.
    private static func encode(width: Int, height: Int, dpi: Int?, photographic: Bool, row: (Int, UnsafeMutableBufferPointer<UInt8>) -> Void) throws -> [UInt8] {
        let spng = try SpngContext(encoder: true), ctx = spng.pointer
        let check = spng.check
        // `ctx` is borrowed from `spng`, which must live until the last call.
        defer { withExtendedLifetime(spng) {} }
        try check(spng_set_option(ctx, SPNG_ENCODE_TO_BUFFER, 1))
        try check(spng_set_option(ctx, SPNG_IMG_COMPRESSION_LEVEL, 1))
        // A smaller hash table than zlib's default: on type cards, 5–10 % faster and 1–2 %
        // smaller; on photos, the largest.
        try check(spng_set_option(ctx, SPNG_IMG_MEM_LEVEL, photographic ? 9 : 5))
        try check(spng_set_option(ctx, SPNG_FILTER_CHOICE, Int32(SPNG_DISABLE_FILTERING.rawValue)))
        var ihdr = spng_ihdr(width: UInt32(width), height: UInt32(height), bit_depth: 8,
                             color_type: UInt8(SPNG_COLOR_TYPE_TRUECOLOR.rawValue), compression_method: 0, filter_method: 0, interlace_method: 0)
        try check(spng_set_ihdr(ctx, &ihdr))
        if let dpi {
            let perMetre = UInt32((Double(dpi) / 0.0254).rounded())
            var phys = spng_phys(ppu_x: perMetre, ppu_y: perMetre, unit_specifier: 1)
            try check(spng_set_phys(ctx, &phys))
        }
        try check(spng_encode_image(ctx, nil, 0, Int32(SPNG_FMT_PNG.rawValue), Int32(SPNG_ENCODE_PROGRESSIVE.rawValue | SPNG_ENCODE_FINALIZE.rawValue)))
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: width * 3)
        defer { buffer.deallocate() }
        for y in 0..<height {
            row(y, buffer)
            let code = spng_encode_row(ctx, buffer.baseAddress, buffer.count)
            // The last row answers "end of image": the PNG is complete.
            if code != 0 && !(y == height - 1 && code == Int32(SPNG_EOI.rawValue)) { try check(code) }
        }
        var length = 0
        var error: Int32 = 0
        guard let png = spng_get_png_buffer(ctx, &length, &error) else { try check(error); throw Failure.encoding("no output") }
        defer { free(png) }
        return Array(UnsafeRawBufferPointer(start: png, count: length).bindMemory(to: UInt8.self))
    }
}
