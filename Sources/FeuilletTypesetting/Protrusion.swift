/// Margin protrusion: in justified text the punctuation at a line's edge hangs partly
/// into the margin, so that the edge the eye sees (the letters) is straight; a hyphen or a
/// comma set flush leaves a notch. Amounts are shares of the character's own advance in its
/// font, close to microtype's defaults; the breaker measures lines with them
/// (`BreakCandidate.endProtrusion`) and the setter draws them so.
public enum Protrusion {
    /// Share of its advance a character at the end of a line hangs past the right edge.
    public static func right(_ c: Unicode.Scalar) -> Double {
        switch c {
        case ".": 0.7
        case ",", "-", "\u{2010}", "\u{2011}", "\u{201D}", "\u{2019}", "\"", "'": 0.5
        case "\u{00BB}", "\u{203A}": 0.4
        default: 0
        }
    }

    /// Share of its advance a character at the start of a line hangs past the left edge.
    public static func left(_ c: Unicode.Scalar) -> Double {
        switch c {
        case "\u{201C}", "\u{2018}", "\"", "'": 0.5
        case "\u{00AB}", "\u{2039}": 0.4
        default: 0
        }
    }
}
