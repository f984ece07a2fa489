/// What a run of text between two spaces is, for the rules that must treat some runs
/// apart: an address (URL, e-mail) is left exactly as written, a code (NT-proBNP,
/// COVID-19) is never hyphenated nor broken at its hyphens. The French normalizer, the
/// paragraph setter and the image check all ask here, so that they cannot disagree.
public enum TextToken {
    /// Hyphens written in the text (hyphen-minus, U+2010): a line may end after one.
    public static let hyphens: Set<Character> = ["-", "\u{2010}"]
    /// U+2060: put after a code's hyphen, it forbids a line break there and draws nothing
    /// (U+2011 would do both, but Lato, nuit's font, has no glyph for it).
    public static let wordJoiner: Character = "\u{2060}"
    /// Characters that join the parts of one word (aujourd’hui, week-end, NT-⁠proBNP): a
    /// word is hyphenated part by part, never right next to one of them.
    public static let joiners: Set<Character> = hyphens.union(["’", "'", "\u{2011}", wordJoiner])
    public static let joinerScalars: Set<Unicode.Scalar> = Set(joiners.flatMap(\.unicodeScalars))

    /// Punctuation that may open or close a run without being part of what it names:
    /// "(www.has-sante.fr)", "NT-proBNP,".
    public static let openers: Set<Character> = ["(", "[", "«", "“", "\"", "<"]
    public static let closers: Set<Character> = [")", "]", "»", "”", "\"", ">", ",", ";", ".", ":", "!", "?", "…"]

    /// A web address: "https://…", "//…" or "www.…".
    public static func isWebAddress<C: Collection<Character>>(_ token: C) -> Bool {
        let t = token.drop { openers.contains($0) }
        if t.starts(with: "www.") || t.starts(with: "//") { return true }
        return t.indices.contains { t[$0] == ":" && t[t.index(after: $0)...].starts(with: "//") }
    }

    /// A web address or an e-mail address ("accueil@chu.fr": an "@" with a dot after it).
    public static func isAddress<C: Collection<Character>>(_ token: C) -> Bool {
        // Neither can be without an "@", a "/" or a "w": most words are let go at once.
        guard token.contains(where: { $0 == "@" || $0 == "/" || $0 == "w" }) else { return false }
        guard let at = token.firstIndex(of: "@") else { return isWebAddress(token) }
        return token[at...].contains(".") || isWebAddress(token)
    }

    /// A code: parts joined by hyphens of which one holds a digit (COVID-19, SARS-CoV-2,
    /// 2-3), or a run with a capital after its first letter (NT-proBNP, HbA1c, anti-TNF).
    /// Words like "week-end", "Saint-Étienne" or "8h30" are not codes.
    public static func isCode<C: Collection<Character>>(_ token: C) -> Bool {
        // None is without a capital or a digit: most words are let go at once, ASCII letters
        // without a look-up in Unicode's tables or a set of characters.
        guard token.contains(where: { c in
            if let a = c.asciiValue { return (65...90).contains(a) || (48...57).contains(a) }
            return c.isUppercase || c.isNumber
        }) else { return false }
        var parts = 1, digit = false, innerCapital = false, letterBefore = false
        for c in token.drop(while: { openers.contains($0) }) {
            if hyphens.contains(c) || c == wordJoiner || c == "\u{2011}" {
                if letterBefore || digit { parts += 1 }
                letterBefore = false
            } else if c.isNumber {
                digit = true
                letterBefore = false
            } else if c.isLetter {
                if letterBefore && c.isUppercase { innerCapital = true }
                letterBefore = true
            } else if !closers.contains(c) {
                letterBefore = false
            }
        }
        return innerCapital || (digit && parts > 1)
    }
}
