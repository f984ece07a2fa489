import Foundation
internal import CSpng

/// Reads a PNG back into 8-bit RGB pixels, with libspng: what golden-render tests compare.
public enum PNGDecoder {
    public struct Pixels: Equatable, Sendable {
        public var width: Int
        public var height: Int
        /// Three bytes a pixel, rows one after the other.
        public var rgb: [UInt8]
    }

    public static func decode(_ png: [UInt8]) throws -> Pixels {
        guard let ctx = spng_ctx_new(0) else { throw PNGExporter.Failure.encoding("out of memory") }
        defer { spng_ctx_free(ctx) }
        func check(_ code: Int32) throws {
            if code != 0 { throw PNGExporter.Failure.encoding(String(cString: spng_strerror(code))) }
        }
        try png.withUnsafeBytes { try check(spng_set_png_buffer(ctx, $0.baseAddress, $0.count)) }
        var ihdr = spng_ihdr()
        try check(spng_get_ihdr(ctx, &ihdr))
        var size = 0
        try check(spng_decoded_image_size(ctx, Int32(SPNG_FMT_RGB8.rawValue), &size))
        var rgb = [UInt8](repeating: 0, count: size)
        try rgb.withUnsafeMutableBytes { try check(spng_decode_image(ctx, $0.baseAddress, size, Int32(SPNG_FMT_RGB8.rawValue), 0)) }
        return Pixels(width: Int(ihdr.width), height: Int(ihdr.height), rgb: rgb)
    }
}
