/// A place where an output does not show what the style asked for: a run of text drawn
/// in another family (font fallback), or characters no font of Fonts/ has (tofu).
public struct FontProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Fontconfig found the characters in another family of Fonts/.
        case fallback(used: String)
        /// No font has the characters: they are drawn as empty boxes.
        case missingGlyph
    }

    public var kind: Kind
    /// The family the style asked for.
    public var asked: String
    /// The characters hit, and the whole line they are on.
    public var text: String
    public var line: String

    public init(kind: Kind, asked: String, text: String, line: String) {
        self.kind = kind
        self.asked = asked
        self.text = text
        self.line = line
    }

    public var description: String {
        // Spaces and other invisible characters are only readable by their code points.
        let codes = text.unicodeScalars.map { scalar -> String in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        switch kind {
        case .missingGlyph:
            return "no font in Fonts/ has \"\(text)\" (\(codes.joined(separator: " "))): drawn as empty boxes in \"\(line)\" (\(asked))"
        case .fallback(let used):
            return "\"\(text)\" (\(codes.joined(separator: " "))) is drawn in \(used), not \(asked) (font fallback), in \"\(line)\""
        }
    }
}
