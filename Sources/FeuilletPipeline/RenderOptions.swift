import FeuilletLayout
import FeuilletStyle

/// How an article is made into a target, the same for every command and the batch: one
/// default for each rule, which a command's flags or a manifest change. Whether the file
/// is for an office printer or a print shop is the target's (`a4` or `a4-press`); the
/// bleed and marks follow it unless set here.
public struct RenderOptions: Sendable, Equatable {
    /// An article too long for a fixed-size format (DL, trifold) is set smaller, but never
    /// under a 12 pt body, then as its digest (the essentials and the QR code of the full
    /// article), with a warning saying what was done; `.shrink` sets it smaller down to the
    /// style's `page.min-scale` instead; `.none` fails.
    public var fit: PrintOptions.Fit
    /// Points of bleed around the trim of print formats; nil: none in the office file (the
    /// page is the trim), the style's `page.bleed` in the press file (at least 3 mm).
    public var bleed: Double?
    /// Crop marks (and dashed fold marks) outside the bleed; nil: none in the office file,
    /// the style's `page.press.marks` (default on) in the press file.
    public var marks: Bool?
    /// `feuillet check`'s findings (contrast, sizes, lost words…) are gathered with the
    /// rendition; off, only the font check runs.
    public var preflight: Bool
    /// A font fallback, a missing glyph or an error of the checks fails the rendition.
    public var strict: Bool

    public init(fit: PrintOptions.Fit = .digest, bleed: Double? = nil, marks: Bool? = nil, preflight: Bool = true, strict: Bool = false) {
        self.fit = fit
        self.bleed = bleed
        self.marks = marks
        self.preflight = preflight
        self.strict = strict
    }
}

extension RenderOptions {
    /// The bleed and marks a print target is laid out with: as set, else none for the
    /// office file, the style's for the press file (its bleed at least `PressStyle.minimumBleed`).
    public func sheet(press: Bool, style: StyleSheet) -> (bleed: Double, marks: Bool) {
        let bleed = bleed ?? (press ? max(style.page.bleed.points(), PressStyle.minimumBleed.points()) : 0)
        return (bleed, marks ?? (press && style.page.press.marks))
    }
}

extension RenderOptions {
    /// The most bleed a print file may have.
    public static let maximumBleed = Length.mm(10)

    /// A bleed as a person writes it (`3mm`, `8pt`), in points; nil when it is not a length
    /// from 0 to `maximumBleed`. The same for `--bleed` and a manifest's `bleed:`.
    public static func bleed(parsing text: String) -> Double? {
        guard let length = Length(parsing: text), !length.isRelative, length.value >= 0, length.points() <= maximumBleed.points() else { return nil }
        return length.points()
    }

    /// What `bleed(parsing:)` accepts, in words.
    public static let bleedRange = "a length from 0 to 10mm (use mm, pt, cm or in)"
}
