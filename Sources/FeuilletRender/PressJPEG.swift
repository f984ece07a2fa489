import Foundation
internal import CJpeg

/// A photo of the press file, decoded and encoded again by libjpeg-turbo: the office
/// file's JPEG (embedded as it is) gives its pixels, the press file's JPEG holds the same
/// picture in CMYK (YCCK, as TurboJPEG writes four channels) or in grey.
struct PressJPEG {
    /// Quality of the press file's JPEG. On the sample photo (its own JPEG at 75) 85 adds at
    /// most 0.2 ΔE00 to lcms2's conversion on patches of it, at 2.2 times its bytes (four
    /// channels); 90 and 95 take 2.9 and 4.1 times them for no difference a reader sees.
    static let quality: Int32 = 85

    enum Pixels { case rgb, gray, cmyk }

    /// The pixels of `jpeg`, three (`rgb`), one (`gray`) or four (`cmyk`) bytes each, and
    /// its chroma subsampling; fails unless it has `width` × `height` pixels.
    static func decode(_ jpeg: [UInt8], width: Int, height: Int, as pixels: Pixels) throws -> (bytes: [UInt8], subsampling: Int32) {
        let decoder = try TurboJPEG()
        var w: Int32 = 0, h: Int32 = 0, subsampling: Int32 = 0, colorspace: Int32 = 0
        let header = jpeg.withUnsafeBufferPointer { tjDecompressHeader3(decoder.handle, $0.baseAddress, UInt($0.count), &w, &h, &subsampling, &colorspace) }
        guard header == 0 else { throw ContentColors.Unsupported(what: "a JPEG libjpeg-turbo cannot read (\(decoder.message))") }
        guard Int(w) == width, Int(h) == height else { throw ContentColors.Unsupported(what: "a JPEG of \(w) × \(h) pixels in an image of \(width) × \(height)") }
        let (format, size) = Self.format(pixels)
        var bytes = [UInt8](repeating: 0, count: width * height * size)
        let status = jpeg.withUnsafeBufferPointer { input in
            bytes.withUnsafeMutableBufferPointer { output in
                tjDecompress2(decoder.handle, input.baseAddress, UInt(input.count), output.baseAddress, w, 0, h, format, Int32(TJFLAG_ACCURATEDCT))
            }
        }
        guard status == 0 else { throw ContentColors.Unsupported(what: "a JPEG libjpeg-turbo cannot decode (\(decoder.message))") }
        return (bytes, subsampling)
    }

    /// `bytes` (grey or CMYK pixels) as a JPEG at `quality`, with the photo's own chroma
    /// subsampling (none for grey).
    static func encode(_ bytes: [UInt8], width: Int, height: Int, as pixels: Pixels, subsampling: Int32, quality: Int32 = PressJPEG.quality) throws -> [UInt8] {
        let encoder = try TurboJPEGEncoder()
        let (format, _) = Self.format(pixels)
        let sampling = pixels == .gray ? Int32(TJSAMP_GRAY.rawValue) : (0...5).contains(subsampling) && subsampling != Int32(TJSAMP_GRAY.rawValue) ? subsampling : Int32(TJSAMP_444.rawValue)
        // The worst case of four channels at full resolution, so TurboJPEG never reallocates.
        var jpeg = [UInt8](repeating: 0, count: (width + 15) / 16 * 16 * ((height + 15) / 16 * 16) * 8 + 2048)
        var length = UInt(jpeg.count)
        let status = bytes.withUnsafeBufferPointer { input in
            jpeg.withUnsafeMutableBufferPointer { output in
                var start = output.baseAddress
                return tjCompress2(encoder.handle, input.baseAddress, Int32(width), 0, Int32(height), format, &start, &length, sampling, quality,
                                   Int32(TJFLAG_ACCURATEDCT | TJFLAG_NOREALLOC))
            }
        }
        guard status == 0 else { throw ContentColors.Unsupported(what: "a photo libjpeg-turbo cannot encode (\(encoder.message))") }
        return Array(jpeg.prefix(Int(length)))
    }

    private static func format(_ pixels: Pixels) -> (Int32, Int) {
        switch pixels {
        case .rgb: (Int32(TJPF_RGB.rawValue), 3)
        case .gray: (Int32(TJPF_GRAY.rawValue), 1)
        case .cmyk: (Int32(TJPF_CMYK.rawValue), 4)
        }
    }
}

/// Owns a TurboJPEG compressor.
final class TurboJPEGEncoder {
    let handle: tjhandle

    init() throws {
        guard let handle = tjInitCompress() else { throw ContentColors.Unsupported(what: "a photo: libjpeg-turbo cannot start") }
        self.handle = handle
    }

    deinit { tjDestroy(handle) }

    var message: String { String(cString: tjGetErrorStr2(handle)) }
}
