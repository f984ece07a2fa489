/// What a run of text between two spaces is, for the rules that must treat some runs
/// apart: an address (URL, e-mail) is left exactly as written, a code (NT-proBNP,
/// COVID-19) is never hyphenated nor broken at its hyphens. The French normalizer, the
/// paragraph setter and the image check all ask here, so that they cannot disagree.
/// Runs are read as Unicode scalars (a string's `unicodeScalars`): the callers' inner
/// loops hold scalars, and a scalar is told from another without a String comparison.
public enum TextToken {
    /// Hyphens written in the text (hyphen-minus, U+2010): a line may end after one.
    public static let hyphens: Set<Character> = ["-", "\u{2010}"]
    /// U+2060: put after a code's hyphen, it forbids a line break there and draws nothing
    /// (U+2011 would do both, but Lato, nuit's font, has no glyph for it).
    public static let wordJoiner: Character = "\u{2060}"
    /// Characters that join the parts of one word (aujourd’hui, week-end, NT-⁠proBNP): a
    /// word is hyphenated part by part, never right next to one of them.
    public static let joiners: Set<Character> = hyphens.union(["’", "'", "\u{2011}", wordJoiner])

    /// Punctuation that may open or close a run without being part of what it names:
    /// "(www.has-sante.fr)", "NT-proBNP,".
    public static let openers: Set<Character> = ["(", "[", "«", "“", "\"", "<"]
    public static let closers: Set<Character> = [")", "]", "»", "”", "\"", ">", ",", ";", ".", ":", "!", "?", "…"]

    /// The sets above as scalars (each of their characters is one).
    public static let hyphenScalars = scalars(hyphens)
    public static let joinerScalars = scalars(joiners)
    public static let openerScalars = scalars(openers)
    public static let closerScalars = scalars(closers)
    public static let wordJoinerScalar = wordJoiner.unicodeScalars.first!

    private static func scalars(_ characters: Set<Character>) -> Set<Unicode.Scalar> { Set(characters.flatMap(\.unicodeScalars)) }

    /// A web address: "https://…", "//…" or "www.…".
    @inlinable
    public static func isWebAddress<C: Collection<Unicode.Scalar>>(_ token: C) -> Bool {
        let t = token.drop { openerScalars.contains($0) }
        if t.starts(with: "www.".unicodeScalars) || t.starts(with: "//".unicodeScalars) { return true }
        return t.indices.contains { t[$0] == ":" && t[t.index(after: $0)...].starts(with: "//".unicodeScalars) }
    }

    /// An address written without its scheme, a domain and a path ("chu-saint-eloi.fr/ambulatoire"):
    /// letters, digits, hyphens and dots before the first slash, ending in a dot and two
    /// letters or more ("et/ou", "1/2", "mg/kg" are not). Text only: an image's file name
    /// ("photos.fr/a.jpg") stays a file of the article's folder.
    @inlinable
    public static func isDomainPath<C: Collection<Unicode.Scalar>>(_ token: C) -> Bool {
        // The letters of the label after the last dot (nil once it has a digit or a hyphen).
        var letters = false, dotted = false, ending: Int? = 0
        for c in token.drop(while: { openerScalars.contains($0) }) {
            if c == "/" { return dotted && (ending ?? 0) >= 2 }
            if c == "." {
                guard letters else { return false }
                (dotted, ending) = (true, 0)
            } else if c.isASCIILetter {
                letters = true
                ending = ending.map { $0 + 1 }
            } else if ("0"..."9").contains(c) || c == "-" {
                ending = nil
            } else {
                return false
            }
        }
        return false
    }

    /// A web address (with its scheme or without) or an e-mail address ("accueil@chu.fr":
    /// an "@" with a dot after it).
    @inlinable
    public static func isAddress<C: Collection<Unicode.Scalar>>(_ token: C) -> Bool {
        // Neither can be without an "@", a "/" or a "w": most words are let go at once.
        guard token.contains(where: { $0 == "@" || $0 == "/" || $0 == "w" }) else { return false }
        guard let at = token.firstIndex(of: "@") else { return isWebAddress(token) || isDomainPath(token) }
        return token[at...].contains(".") || isWebAddress(token)
    }

    /// A code: parts joined by hyphens of which one holds a digit (COVID-19, SARS-CoV-2,
    /// 2-3), or a run with a capital after its first letter (NT-proBNP, HbA1c, anti-TNF).
    /// Words like "week-end", "Saint-Étienne" or "8h30" are not codes. A combining mark
    /// belongs to the letter before it.
    @inlinable
    public static func isCode<C: Collection<Unicode.Scalar>>(_ token: C) -> Bool {
        // None is without a capital or a digit: most words are let go at once, ASCII letters
        // without a look-up in Unicode's tables or a set.
        guard token.contains(where: { c in
            if c.isASCII { return ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
            return c.properties.isUppercase || c.properties.numericType != nil
        }) else { return false }
        var parts = 1, digit = false, innerCapital = false, letterBefore = false
        for c in token.drop(while: { openerScalars.contains($0) }) {
            let p = c.properties
            if hyphenScalars.contains(c) || c == wordJoinerScalar || c == "\u{2011}" {
                if letterBefore || digit { parts += 1 }
                letterBefore = false
            } else if p.numericType != nil {
                digit = true
                letterBefore = false
            } else if p.isAlphabetic {
                if letterBefore && p.isUppercase { innerCapital = true }
                letterBefore = true
            } else if !closerScalars.contains(c) && !isMark(c) {
                letterBefore = false
            }
        }
        return innerCapital || (digit && parts > 1)
    }

    /// A combining mark (an accent typed after its letter): part of the character before it.
    public static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard !s.isASCII else { return false }
        return switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}

extension Unicode.Scalar {
    /// A–Z or a–z (a URL scheme, a domain name), told without Unicode's tables.
    @usableFromInline var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
