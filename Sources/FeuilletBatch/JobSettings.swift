import FeuilletLayout
import FeuilletPipeline

/// What a manifest sets for the jobs of a format, as `render` sets it with flags: how an
/// article too long for its page is fitted (`fit`), the bleed and crop marks of a print
/// file, and the resolution a card's PNG file says (`dpi`, in `PageResolution.range`; the batch
/// writes print formats as PDF, which has none). Unset, the pipeline's defaults.
public struct JobSettings: Sendable, Hashable, Codable {
    public var fit: PrintOptions.Fit?
    /// Points.
    public var bleed: Double?
    public var marks: Bool?
    public var dpi: Int?

    public init(fit: PrintOptions.Fit? = nil, bleed: Double? = nil, marks: Bool? = nil, dpi: Int? = nil) {
        (self.fit, self.bleed, self.marks, self.dpi) = (fit, bleed, marks, dpi)
    }

    /// `self`, with what `other` sets replacing it.
    func overridden(by other: JobSettings) -> JobSettings {
        JobSettings(fit: other.fit ?? fit, bleed: other.bleed ?? bleed, marks: other.marks ?? marks, dpi: other.dpi ?? dpi)
    }

    /// The batch's options with these settings.
    func options(_ base: RenderOptions) -> RenderOptions {
        var options = base
        if let fit { options.fit = fit }
        if let bleed { options.bleed = bleed }
        if let marks { options.marks = marks }
        return options
    }

    /// What changes the files, for the job's fingerprint.
    var signature: String { "fit=\(fit?.rawValue ?? "") bleed=\(bleed.map { "\($0)" } ?? "") marks=\(marks.map { "\($0)" } ?? "") dpi=\(dpi.map { "\($0)" } ?? "")" }

    enum CodingKeys: String, CodingKey { case fit, bleed, marks, dpi }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fit = try c.decodeIfPresent(String.self, forKey: .fit).flatMap(PrintOptions.Fit.init(rawValue:))
        bleed = try c.decodeIfPresent(Double.self, forKey: .bleed)
        marks = try c.decodeIfPresent(Bool.self, forKey: .marks)
        dpi = try c.decodeIfPresent(Int.self, forKey: .dpi)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(fit?.rawValue, forKey: .fit)
        try c.encodeIfPresent(bleed, forKey: .bleed)
        try c.encodeIfPresent(marks, forKey: .marks)
        try c.encodeIfPresent(dpi, forKey: .dpi)
    }
}
