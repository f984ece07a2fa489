internal import CLCMS2

/// One lcms2 transform of a picture's pixels, sRGB bytes to CMYK bytes (0…255 for 0…100 %
/// of each ink, as a PDF DeviceCMYK image stores them): the press file's photos, with the
/// same intent and black point compensation as its vector colours. lcms2 precalculates
/// the transform at its higher resolution, once, and runs it over whole rows.
final class PixelTransform {
    private let handle: cmsHTRANSFORM
    /// The profiles stay open as long as the transform.
    private let profiles: [ColorProfile]

    init(from source: ColorProfile, to target: ColorProfile) throws {
        let flags = cmsUInt32Number(cmsFLAGS_BLACKPOINTCOMPENSATION) | cmsUInt32Number(cmsFLAGS_HIGHRESPRECALC)
        guard let handle = cmsCreateTransform(source.handle, feuillet_TYPE_RGB_8, target.handle, feuillet_TYPE_CMYK_8, ColorTransform.intent, flags) else {
            throw ColorTransform.Failure(message: "lcms2 cannot make an RGB → CMYK transform for pictures")
        }
        self.handle = handle
        profiles = [source, target]
    }

    deinit { cmsDeleteTransform(handle) }

    /// `rgb`: three bytes a pixel; the result, four.
    func callAsFunction(_ rgb: [UInt8]) -> [UInt8] {
        let count = rgb.count / 3
        var cmyk = [UInt8](repeating: 0, count: count * 4)
        rgb.withUnsafeBufferPointer { i in
            cmyk.withUnsafeMutableBufferPointer { o in cmsDoTransform(handle, i.baseAddress, o.baseAddress, cmsUInt32Number(count)) }
        }
        return cmyk
    }
}
