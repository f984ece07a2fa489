internal import CLCMS2

/// One lcms2 profile, closed with its owner.
final class ColorProfile {
    let handle: cmsHPROFILE

    /// sRGB, the colour space of styles, screens and the office file.
    static func sRGB() throws -> ColorProfile { try ColorProfile(cmsCreate_sRGBProfile(), "sRGB") }
    /// CIELAB under D50, the space colour differences are measured in.
    static func lab() throws -> ColorProfile { try ColorProfile(cmsCreateLab4Profile(nil), "Lab") }

    /// An ICC profile read from its bytes (lcms2 copies what it needs).
    convenience init(bytes: [UInt8], name: String) throws {
        try self.init(bytes.withUnsafeBytes { cmsOpenProfileFromMem($0.baseAddress, cmsUInt32Number($0.count)) }, name)
    }

    private init(_ handle: cmsHPROFILE?, _ name: String) throws {
        guard let handle else { throw ColorTransform.Failure(message: "lcms2 cannot open the \(name) profile") }
        self.handle = handle
    }

    /// Inks the profile's device space has: 4 for a CMYK printing condition.
    var channels: Int { Int(cmsChannelsOf(cmsGetColorSpace(handle))) }

    deinit { cmsCloseProfile(handle) }
}

/// One lcms2 transform between two profiles, in doubles (RGB 0…1, CMYK 0…100 %, Lab),
/// deleted with its owner. Made without lcms2's one-pixel cache, so each call stands alone.
final class ColorTransform {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private let handle: cmsHTRANSFORM
    private let outputs: Int
    /// The profiles stay open as long as the transform.
    private let profiles: [ColorProfile]

    enum Space { case rgb, cmyk, lab }

    /// Relative colorimetric: paper white for screen white, every colour the paper can
    /// print as it is (what the press file's colours and pictures are converted with).
    static let intent = cmsUInt32Number(INTENT_RELATIVE_COLORIMETRIC)

    init(from source: ColorProfile, _ input: Space, to target: ColorProfile, _ output: Space, blackPointCompensation: Bool = false) throws {
        func format(_ s: Space) -> cmsUInt32Number {
            switch s { case .rgb: feuillet_TYPE_RGB_DBL; case .cmyk: feuillet_TYPE_CMYK_DBL; case .lab: feuillet_TYPE_Lab_DBL }
        }
        let flags = cmsUInt32Number(cmsFLAGS_NOCACHE) | (blackPointCompensation ? cmsUInt32Number(cmsFLAGS_BLACKPOINTCOMPENSATION) : 0)
        guard let handle = cmsCreateTransform(source.handle, format(input), target.handle, format(output), Self.intent, flags) else {
            throw Failure(message: "lcms2 cannot make a \(input) → \(output) transform")
        }
        self.handle = handle
        outputs = output == .cmyk ? 4 : 3
        profiles = [source, target]
    }

    deinit { cmsDeleteTransform(handle) }

    func callAsFunction(_ input: [Double]) -> [Double] {
        var output = [Double](repeating: 0, count: outputs)
        input.withUnsafeBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in cmsDoTransform(handle, i.baseAddress, o.baseAddress, 1) }
        }
        return output
    }
}
