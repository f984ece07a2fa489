/// A place where a paragraph may end a line, measured on the paragraph shaped as one
/// long line. x positions are in points from the start of the paragraph.
public struct BreakCandidate: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// At a word space: the space disappears at the line end.
        case space
        /// Inside a word at a hyphenation point: a hyphen is drawn at the line end.
        case hyphen
        /// After a hyphen written in the text (week-/end): nothing is drawn, but the line
        /// ends on a hyphen, so it pays the hyphen penalty and counts in the run of
        /// hyphenated lines. Offered only where the parts keep the hyphenation minima.
        case hardHyphen
        /// After a character that allows a break by itself (a slash in a URL, a dash).
        case plain
        /// Between two characters of a word too wide for any line (or after a slash
        /// outside a URL): used only when nothing else fits, and reported.
        case emergency
        /// A hard line break written by the author.
        case forced
        /// The end of the paragraph.
        case end
    }

    public var kind: Kind
    /// Where the line's text ends if it breaks here (before the space).
    public var lineEndX: Double
    /// Where the next line's text starts (after the space).
    public var nextStartX: Double
    /// Stretchable word spaces from the paragraph start up to `lineEndX`.
    public var spacesBefore: Int
    /// Stretchable word spaces from the paragraph start up to `nextStartX`.
    public var spacesBeforeNext: Int
    /// Letters (glyph clusters other than a `wordSpace`) from the paragraph start up to
    /// `lineEndX` and up to `nextStartX`: a justified line may space its letters a little,
    /// too (`LineBreaker.Parameters.letterStretch`).
    public var lettersBefore: Int
    public var lettersBeforeNext: Int
    /// How far a justified line ending here may hang past the right edge of its measure
    /// (margin protrusion of its last character: a comma, a full stop, a closing guillemet);
    /// a drawn hyphen's is `LineBreaker.Parameters.hyphenProtrusion`.
    public var endProtrusion: Double
    /// How far the next line may hang past the left edge (an opening guillemet or quote).
    public var nextStartProtrusion: Double

    /// The word space: the one character that stretches and shrinks when a line is
    /// justified (a no-break space keeps its width). Every other glyph cluster of the line
    /// is a letter, spaced by the letters' share of the slack: the breaker counts them so
    /// and the setter spaces them so.
    public static let wordSpace: Unicode.Scalar = " "

    public init(kind: Kind, lineEndX: Double, nextStartX: Double, spacesBefore: Int, spacesBeforeNext: Int,
                endProtrusion: Double = 0, nextStartProtrusion: Double = 0, lettersBefore: Int = 0, lettersBeforeNext: Int = 0) {
        self.kind = kind
        self.lineEndX = lineEndX
        self.nextStartX = nextStartX
        self.spacesBefore = spacesBefore
        self.spacesBeforeNext = spacesBeforeNext
        self.endProtrusion = endProtrusion
        self.nextStartProtrusion = nextStartProtrusion
        self.lettersBefore = lettersBefore
        self.lettersBeforeNext = lettersBeforeNext
    }
}
