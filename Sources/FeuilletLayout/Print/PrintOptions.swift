/// How a print format is put on paper, as the `render` command's options say.
public struct PrintOptions: Sendable, Equatable {
    /// What to do with an article too long for a fixed-size format.
    public enum Fit: String, Sendable, CaseIterable {
        /// Fail, naming the first block that did not fit.
        case none
        /// Lower the sizes step by step, down to the style's `page.min-scale`.
        case shrink
        /// Shrink; if even that does not fit, set the digest (`ArticleDigest`: title, short
        /// answer, key messages, lists) and send the reader to the full article.
        case digest

        /// Whether sizes may go down to the style's minimum.
        public var shrinks: Bool { self != .none }
    }

    /// Points of bleed around the trim (0: none).
    public var bleed: Double
    /// Crop marks (and fold marks) outside the bleed.
    public var marks: Bool
    public var fit: Fit

    public init(bleed: Double = 0, marks: Bool = false, fit: Fit = .none) {
        self.bleed = bleed
        self.marks = marks
        self.fit = fit
    }
}
