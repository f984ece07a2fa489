import Foundation
import FeuilletStyle
import FeuilletLayout
internal import CLCMS2

/// The press file's colours, by lcms2 over the output intent's profile (FOGRA39): a style's
/// own CMYK as it is; black and grey as black ink alone, as light as lcms2's conversion of
/// the grey prints (rich black blurs small text when the plates are out of register); any
/// other colour converted from sRGB, relative colorimetric with black point compensation,
/// within the profile's ink limit (300 %). Inks are kept to a tenth of a percent.
public final class PressColorSpace {
    /// The printing condition the profile characterises, as the output intent names it.
    public struct Condition: Sendable {
        public var identifier: String, info: String, registry: String
    }

    /// Offset on coated paper (ISO 12647-2:2004), the condition most French print shops name.
    public static let fogra39 = Condition(identifier: "FOGRA39", info: "Coated FOGRA39 (ISO 12647-2:2004)", registry: "http://www.color.org")

    /// Colours whose chroma (CIELAB C*) is under this are black or grey: a tint no reader
    /// tells from grey on paper (moderne's body text #16181d is at 3.9).
    public static let neutralChroma = 5.0

    public let condition: Condition
    /// The ICC profile, embedded in the output intent.
    public let profile: [UInt8]
    private let srgb: ColorProfile, cmykProfile: ColorProfile
    private let toInks: ColorTransform
    private let inksToLab: ColorTransform
    private let rgbToLab: ColorTransform
    /// L* of black ink alone at 0, 1, … 100 %: the tone curve greys are matched on.
    private let blackTone: [Double]

    public init(profile: [UInt8], condition: Condition = PressColorSpace.fogra39) throws {
        let cmyk = try ColorProfile(bytes: profile, name: condition.identifier)
        guard cmyk.channels == 4 else { throw ColorTransform.Failure(message: "the \(condition.identifier) profile is not a CMYK profile") }
        let srgb = try ColorProfile.sRGB(), lab = try ColorProfile.lab()
        (self.srgb, cmykProfile) = (srgb, cmyk)
        toInks = try ColorTransform(from: srgb, .rgb, to: cmyk, .cmyk, blackPointCompensation: true)
        inksToLab = try ColorTransform(from: cmyk, .cmyk, to: lab, .lab)
        rgbToLab = try ColorTransform(from: srgb, .rgb, to: lab, .lab)
        self.profile = profile
        self.condition = condition
        blackTone = (0...100).map { [inksToLab] k in inksToLab([0, 0, 0, Double(k)])[0] }
    }

    /// The profile in `Profiles/` of a project (`FOGRA39L.icc`, made by scripts/make-press-profile.sh).
    public static let profileFile = "Profiles/FOGRA39L.icc"

    /// The inks `color` prints with in the press file (its opacity aside); `own`: the inks
    /// the style gives its colours (`PressStyle.inks`).
    public func cmyk(for color: Color, own: [Color: CMYK] = [:]) -> CMYK {
        if let inks = own[color] { return inks }
        let converted = toInks([color.red, color.green, color.blue])
        if isNeutral(color) {
            return CMYK(cyan: 0, magenta: 0, yellow: 0, black: Self.tenth(black(lightness: inksToLab(converted)[0])))
        }
        let t = converted.map(Self.tenth)
        return CMYK(cyan: t[0], magenta: t[1], yellow: t[2], black: t[3])
    }

    /// lcms2's inks for `color`, grey or not: the colours along a gradient that is not all
    /// grey, where black ink alone for its grey stretches would show a seam.
    func converted(_ color: Color) -> CMYK {
        let t = toInks([color.red, color.green, color.blue]).map(Self.tenth)
        return CMYK(cyan: t[0], magenta: t[1], yellow: t[2], black: t[3])
    }

    /// The transform of pictures' pixels, made the first time a picture is converted.
    func pictureTransform() throws -> PixelTransform {
        if let made = pictures { return made }
        let made = try PixelTransform(from: srgb, to: cmykProfile)
        pictures = made
        return made
    }
    private var pictures: PixelTransform?

    /// A grey picture's samples (DeviceGray, 0 black … 255 white) as they print: each grey's
    /// black ink alone, as grey text prints, written back as the grey it is in DeviceGray
    /// (which a CMYK output prints as black ink, 255 − value).
    func greyTone(_ samples: [UInt8]) -> [UInt8] {
        let tone = greyTable
        return samples.map { tone[Int($0)] }
    }
    private lazy var greyTable: [UInt8] = (0...255).map { level in
        let v = Double(level) / 255
        return UInt8((255 - cmyk(for: Color(red: v, green: v, blue: v)).black * 2.55).rounded())
    }

    /// Black or grey: under `neutralChroma` in CIELAB.
    public func isNeutral(_ color: Color) -> Bool {
        let lab = rgbToLab([color.red, color.green, color.blue])
        return (lab[1] * lab[1] + lab[2] * lab[2]).squareRoot() < Self.neutralChroma
    }

    /// CIEDE2000 between the colour on screen (sRGB) and as the press file prints it
    /// (its inks through the profile): how close the two files look.
    public func difference(_ color: Color, own: [Color: CMYK] = [:]) -> Double {
        difference(color, printed: cmyk(for: color, own: own))
    }

    /// CIEDE2000 between a colour on screen (sRGB) and inks as the profile prints them.
    public func difference(_ color: Color, printed inks: CMYK) -> Double {
        func lab(_ v: [Double]) -> cmsCIELab { cmsCIELab(L: v[0], a: v[1], b: v[2]) }
        var screen = lab(rgbToLab([color.red, color.green, color.blue])), paper = lab(inksToLab(inks.inks))
        return cmsCIE2000DeltaE(&screen, &paper, 1, 1, 1)
    }

    /// The black ink that prints at lightness `l` (darker than black alone: 100 %).
    private func black(lightness l: Double) -> Double {
        guard l < blackTone[0] else { return 0 }
        guard let k = blackTone.firstIndex(where: { $0 <= l }) else { return 100 }
        let (lighter, darker) = (blackTone[k - 1], blackTone[k])
        return Double(k - 1) + (lighter - l) / (lighter - darker)
    }

    private static func tenth(_ v: Double) -> Double { (min(max(v, 0), 100) * 10).rounded() / 10 }
}

extension PressColorSpace {
    /// Every colour drawn on `pages` (text, fills, strokes) with the inks it prints with,
    /// by its 8-bit RGB: a style's own CMYK wins over a conversion of the same RGB.
    func inkTable(_ pages: [Page], own: [Color: CMYK]) -> [RGB8: CMYK] {
        var table: [RGB8: CMYK] = [:]
        for page in pages {
            page.frame.walk { _, placed in
                for color in PressColorSpace.colors(of: placed.item) {
                    let key = RGB8(color)
                    if own[color] != nil || table[key] == nil { table[key] = cmyk(for: color, own: own) }
                }
            }
        }
        return table
    }

    /// The colours an item is drawn in.
    static func colors(of item: FrameItem) -> [Color] {
        switch item {
        case .text(let line): [line.color]
        case .shape(let shape): [shape.fill, shape.stroke].compactMap { $0 }
        default: []
        }
    }
}
