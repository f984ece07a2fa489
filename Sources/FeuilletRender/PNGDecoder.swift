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
        let spng = try SpngContext(encoder: false), ctx = spng.pointer
        let check = spng.check
        // `ctx` is borrowed from `spng`, which must live until the last call.
        defer { withExtendedLifetime(spng) {} }
        // libspng reads the buffer while it decodes: everything happens inside the closure
        // that lends the pointer, which must not outlive it.
        var ihdr = spng_ihdr()
        let rgb = try png.withUnsafeBytes { bytes -> [UInt8] in
            try check(spng_set_png_buffer(ctx, bytes.baseAddress, bytes.count))
            try check(spng_get_ihdr(ctx, &ihdr))
            var size = 0
            try check(spng_decoded_image_size(ctx, Int32(SPNG_FMT_RGB8.rawValue), &size))
            var rgb = [UInt8](repeating: 0, count: size)
            try rgb.withUnsafeMutableBytes { try check(spng_decode_image(ctx, $0.baseAddress, size, Int32(SPNG_FMT_RGB8.rawValue), 0)) }
            return rgb
        }
        return Pixels(width: Int(ihdr.width), height: Int(ihdr.height), rgb: rgb)
    }
}
