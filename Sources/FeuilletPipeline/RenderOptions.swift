import FeuilletLayout

/// How an article is made into a target, the same for every command and the batch: one
/// default for each rule, which a command's flags or a manifest change.
public struct RenderOptions: Sendable, Equatable {
    /// An article too long for a fixed-size format is set smaller, down to the style's
    /// `page.min-scale`, with a warning saying by how much; `.none` fails instead.
    public var fit: PrintOptions.Fit
    /// Points of bleed around the trim of print formats; nil: the style's `page.bleed`.
    public var bleed: Double?
    /// Crop marks (and fold marks) outside the bleed.
    public var marks: Bool
    /// `feuillet check`'s findings (contrast, sizes, lost words…) are gathered with the
    /// rendition; off, only the font check runs.
    public var preflight: Bool
    /// A font fallback, a missing glyph or an error of the checks fails the rendition.
    public var strict: Bool

    public init(fit: PrintOptions.Fit = .shrink, bleed: Double? = nil, marks: Bool = false, preflight: Bool = true, strict: Bool = false) {
        self.fit = fit
        self.bleed = bleed
        self.marks = marks
        self.preflight = preflight
        self.strict = strict
    }
}
