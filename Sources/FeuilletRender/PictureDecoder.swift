import Foundation
internal import CSpng
internal import CJpeg
import FeuilletLayout
import FeuilletModel

/// Reads a picture file (PNG, JPEG, SVG) into what layout places and exporters draw, with
/// the libraries made for each: libspng, libjpeg-turbo and libexif, librsvg. Bounded: a
/// file over 30 MB, or a picture of more than 50 million pixels, is refused.
public enum PictureDecoder {
    public static let maximumBytes = 30_000_000
    public static let maximumPixels = 50_000_000

    public static func decode(_ bytes: [UInt8]) throws -> Picture {
        guard bytes.count <= maximumBytes else { throw PictureError(message: "it is \(bytes.count / 1_000_000) MB, more than the \(maximumBytes / 1_000_000) MB a picture may be") }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return .raster(keyed(try png(bytes), bytes)) }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .raster(keyed(try jpeg(bytes), bytes)) }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self)
        if head.contains("<svg") || head.hasPrefix("<?xml") {
            try SVGContent.check(bytes)
            let document = try SVGDocument(bytes)
            guard let size = document.size else { throw PictureError(message: "the SVG gives neither a size nor a view box") }
            return .vector(VectorImage(svg: bytes, size: size))
        }
        throw PictureError(message: "it is not a PNG, JPEG or SVG file")
    }

    private static func keyed(_ image: Image, _ bytes: [UInt8]) -> Image {
        var image = image
        image.contentKey = FNV1a.hash(bytes)
        return image
    }

    private static func checkSize(_ width: Int, _ height: Int) throws {
        guard width > 0, height > 0 else { throw PictureError(message: "it has no pixels") }
        guard width * height <= maximumPixels else {
            throw PictureError(message: "it is \(width) × \(height) pixels, more than the \(maximumPixels / 1_000_000) million a picture may have")
        }
    }

    /// Cairo's pixels are 32-bit words, blue first in memory on the little-endian machines
    /// Feuillet runs on; with alpha, the colours are premultiplied.
    private static func png(_ bytes: [UInt8]) throws -> Image {
        let spng = try SpngContext(encoder: false), ctx = spng.pointer
        let check = spng.check
        defer { withExtendedLifetime(spng) {} }
        return try bytes.withUnsafeBytes { buffer -> Image in
            try check(spng_set_png_buffer(ctx, buffer.baseAddress, buffer.count))
            var ihdr = spng_ihdr()
            try check(spng_get_ihdr(ctx, &ihdr))
            let width = Int(ihdr.width), height = Int(ihdr.height)
            try checkSize(width, height)
            var size = 0
            try check(spng_decoded_image_size(ctx, Int32(SPNG_FMT_RGBA8.rawValue), &size))
            var rgba = [UInt8](repeating: 0, count: size)
            try rgba.withUnsafeMutableBytes { try check(spng_decode_image(ctx, $0.baseAddress, size, Int32(SPNG_FMT_RGBA8.rawValue), Int32(SPNG_DECODE_TRNS.rawValue))) }
            var alpha = false
            var pixels = [UInt8](repeating: 0, count: width * height * 4)
            for i in stride(from: 0, to: width * height * 4, by: 4) {
                let a = UInt16(rgba[i + 3])
                if a < 255 { alpha = true }
                pixels[i] = UInt8((UInt16(rgba[i + 2]) * a + 127) / 255)
                pixels[i + 1] = UInt8((UInt16(rgba[i + 1]) * a + 127) / 255)
                pixels[i + 2] = UInt8((UInt16(rgba[i]) * a + 127) / 255)
                pixels[i + 3] = UInt8(a)
            }
            return Image(width: width, height: height, stride: width * 4, pixels: pixels, hasAlpha: alpha)
        }
    }

    private static func jpeg(_ bytes: [UInt8]) throws -> Image {
        let decoder = try TurboJPEG()
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colorspace: Int32 = 0
        let header = bytes.withUnsafeBufferPointer { tjDecompressHeader3(decoder.handle, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colorspace) }
        guard header == 0 else { throw PictureError(message: "it is not a JPEG libjpeg-turbo can read: \(decoder.message)") }
        try checkSize(Int(width), Int(height))
        guard colorspace != Int32(TJCS_CMYK.rawValue), colorspace != Int32(TJCS_YCCK.rawValue) else {
            throw PictureError(message: "it is a CMYK JPEG: save it as RGB (the press file converts colours itself)")
        }
        var pixels = [UInt8](repeating: 0, count: Int(width) * Int(height) * 4)
        let status = bytes.withUnsafeBufferPointer { jpeg in
            pixels.withUnsafeMutableBufferPointer { out in
                tjDecompress2(decoder.handle, jpeg.baseAddress, UInt(jpeg.count), out.baseAddress, width, width * 4, height, Int32(TJPF_BGRX.rawValue), 0)
            }
        }
        guard status == 0 else { throw PictureError(message: "the JPEG cannot be decoded: \(decoder.message)") }
        return Image(width: Int(width), height: Int(height), stride: Int(width) * 4, pixels: pixels, jpeg: bytes, orientation: orientation(bytes))
    }

    /// The EXIF orientation tag of a photo (1 when it has none).
    private static func orientation(_ bytes: [UInt8]) -> Int {
        // The orientation is a tag of the first image file directory (IFD 0).
        guard let exif = ExifDocument(bytes), let ifd0 = exif.data.pointee.ifd.0, let entry = exif_content_get_entry(ifd0, EXIF_TAG_ORIENTATION),
              entry.pointee.format == EXIF_FORMAT_SHORT, let value = entry.pointee.data else { return 1 }
        return Int(exif_get_short(value, exif_data_get_byte_order(exif.data)))
    }
}

/// Owns a TurboJPEG decompressor.
final class TurboJPEG {
    let handle: tjhandle

    init() throws {
        guard let handle = tjInitDecompress() else { throw PictureError(message: "libjpeg-turbo cannot start") }
        self.handle = handle
    }

    deinit { tjDestroy(handle) }

    var message: String { String(cString: tjGetErrorStr2(handle)) }
}

/// Owns a photo's EXIF data, read by libexif.
final class ExifDocument {
    let data: UnsafeMutablePointer<ExifData>

    init?(_ jpeg: [UInt8]) {
        guard let data = jpeg.withUnsafeBufferPointer({ exif_data_new_from_data($0.baseAddress, UInt32($0.count)) }) else { return nil }
        self.data = data
    }

    deinit { exif_data_unref(data) }
}
