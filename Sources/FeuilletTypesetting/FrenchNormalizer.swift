import FeuilletModel

/// French spacing and punctuation, applied to the text of a document so that every
/// output gets it: the author types ordinary spaces (or none), the reader gets fixed,
/// unbreakable ones where French typography wants them. Idempotent. Leaves URLs,
/// e-mail addresses, code, times (10:30) and ratios (1:2) alone.
public struct FrenchNormalizer: Sendable {
    public static let thin: Character = "\u{202F}"   // espace fine insécable
    public static let noBreak: Character = "\u{00A0}" // espace insécable

    public init() {}

    public func normalize(_ document: Document) -> Document {
        var d = document
        d.metadata.title = normalize(d.metadata.title)
        d.metadata.summary = d.metadata.summary.map { normalize($0) }
        d.metadata.source = d.metadata.source.map { normalize($0) }
        d.metadata.keyMessages = d.metadata.keyMessages.map { normalize($0) }
        d.blocks = d.blocks.map(normalize)
        return d
    }

    private func normalize(_ block: Block) -> Block {
        switch block {
        case .heading(let level, let inlines): .heading(level: level, normalize(inlines))
        case .paragraph(let inlines): .paragraph(normalize(inlines))
        case .list(let ordered, let start, let items): .list(ordered: ordered, start: start, items: items.map { $0.map(normalize) })
        case .quote(let blocks): .quote(blocks.map(normalize))
        case .thematicBreak: .thematicBreak
        }
    }

    /// Text nodes are normalized in reading order, each knowing the character before it,
    /// so "**terme** : définition" gets its space even though the colon is in another node.
    private func normalize(_ inlines: [Inline]) -> [Inline] {
        var previous: Character? = nil
        var quoteOpen = false
        return inlines.map { normalize($0, previous: &previous, quoteOpen: &quoteOpen) }
    }

    private func normalize(_ inline: Inline, previous: inout Character?, quoteOpen: inout Bool) -> Inline {
        switch inline {
        case .text(let s):
            let out = normalize(s, previous: previous, quoteOpen: &quoteOpen)
            previous = out.last ?? previous
            return .text(out)
        case .code(let s):
            previous = s.last ?? previous
            return .code(s)
        case .lineBreak:
            previous = "\n"
            return .lineBreak
        case .emphasis(let c): return .emphasis(c.map { normalize($0, previous: &previous, quoteOpen: &quoteOpen) })
        case .strong(let c): return .strong(c.map { normalize($0, previous: &previous, quoteOpen: &quoteOpen) })
        case .link(let url, let c): return .link(url: url, c.map { normalize($0, previous: &previous, quoteOpen: &quoteOpen) })
        }
    }

    public func normalize(_ text: String) -> String {
        var quoteOpen = false
        return normalize(text, previous: nil, quoteOpen: &quoteOpen)
    }

    static let abbreviations: Set<String> = ["Dr", "Dre", "Pr", "Pre", "M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me"]
    static let units: Set<String> = ["%", "‰", "€", "$", "£", "°C", "°", "g", "mg", "µg", "kg", "l", "L", "ml", "mL", "dl", "cl",
                                     "m", "cm", "mm", "km", "h", "min", "s", "ms", "mmHg", "UI", "kcal", "Gy", "mSv", "mmol", "mol"]

    private func normalize(_ text: String, previous: Character?, quoteOpen: inout Bool) -> String {
        let chars = Array(text)
        var out: [Character] = []
        var i = 0
        var before: Character? { out.last ?? previous }
        func next(_ k: Int = 1) -> Character? { i + k < chars.count ? chars[i + k] : nil }
        func dropSpaces() { while let last = out.last, last == " " || last == "\t" { out.removeLast() } }
        func skipSpaces() { while let n = next(), n == " " { i += 1 } }
        func isFixedSpace(_ c: Character?) -> Bool { c == Self.thin || c == Self.noBreak }

        while i < chars.count {
            let c = chars[i]
            // URLs and e-mail addresses stay exactly as written.
            if before == nil || Self.isSpace(before!) || before == "(" || before == "«" || isFixedSpace(before) {
                let token = chars[i...].prefix { !Self.isSpace($0) }
                if Self.isAddress(token) {
                    out += token
                    i += token.count
                    continue
                }
            }
            switch c {
            case "'":
                out.append("’")
            case "\"":
                if !quoteOpen {
                    out.append("«"); out.append(Self.thin); skipSpaces()
                } else {
                    dropSpaces(); if !isFixedSpace(before) { out.append(Self.thin) }; out.append("»")
                }
                quoteOpen.toggle()
            case "«":
                out.append("«")
                skipSpaces()
                if !isFixedSpace(next()) { out.append(Self.thin) }
                quoteOpen = true
            case "»":
                dropSpaces()
                if !isFixedSpace(before), before != nil { out.append(Self.thin) }
                out.append("»")
                quoteOpen = false
            case ";", "!", "?", ":":
                // 10:30 and 1:2 are not punctuation; neither is ?! after another mark.
                let isTime = c == ":" && (before.map(Self.isDigit) ?? false) && (next().map(Self.isDigit) ?? false)
                if !isTime {
                    let afterMark = before.map { "!?;:".contains($0) } ?? false
                    dropSpaces()
                    if let b = before, !afterMark, !isFixedSpace(b), !Self.isSpace(b), !"([«".contains(b) {
                        out.append(c == ":" ? Self.noBreak : Self.thin)
                    }
                }
                out.append(c)
            case "." where next() == "." && next(2) == ".":
                dropSpaces()
                out.append("…")
                i += 2
            case "%", "‰", "€":
                // 10% → 10 % (a `where` clause would only guard the last pattern).
                if before.map(Self.isDigit) ?? false { out.append(Self.thin) }
                out.append(c)
            case " ":
                out.append(space(before: out, previous: previous, after: chars, at: i))
                skipSpaces()
            default:
                out.append(c)
            }
            i += 1
        }
        return String(out)
    }

    /// What an ordinary space becomes, from the words around it.
    private func space(before out: [Character], previous: Character?, after chars: [Character], at i: Int) -> Character {
        let nextToken = chars[(i + 1)...].prefix { !Self.isSpace($0) }
        let previousToken = out[(out.lastIndex(where: Self.isSpace).map { $0 + 1 } ?? 0)...]
        if !previousToken.isEmpty && previousToken.allSatisfy(Self.isDigit) {
            // 1 200 (thousands).
            let group = nextToken.prefix { Self.isDigit($0) }
            if previousToken.count <= 3 && group.count == 3 && !(nextToken.dropFirst(3).first.map(Self.isDigit) ?? false) { return Self.thin }
        }
        if let first = previousToken.first, let last = previousToken.last, Self.isDigit(first), Self.isDigit(last),
           previousToken.allSatisfy({ Self.isDigit($0) || $0 == "," || $0 == "." }) {
            // 38 °C, 39,5 °C, 15 mg/kg, 20 €.
            let unit = String(nextToken.prefix { !",;.:!?)".contains($0) })
            if Self.units.contains(unit) || Self.units.contains(String(unit.split(separator: "/").first ?? "")) { return Self.thin }
        }
        if previousToken.count <= Self.longestAbbreviation, Self.abbreviations.contains(String(previousToken)),
           nextToken.first?.isUppercase ?? false { return Self.noBreak }
        if nextToken.starts(with: "etc.") || nextToken.elementsEqual("etc") { return Self.noBreak }
        return " "
    }

    static let longestAbbreviation = abbreviations.map(\.count).max()!

    /// A URL or an e-mail address: left exactly as written.
    private static func isAddress(_ token: ArraySlice<Character>) -> Bool {
        if token.starts(with: "www.") { return true }
        var at = false, dot = false
        for k in token.indices {
            switch token[k] {
            case ":" where token[(k + 1)...].starts(with: "//"): return true
            case "@": at = true
            case ".": dot = true
            default: break
            }
        }
        return at && dot
    }

    /// Character's own tests, with a quick answer for ASCII: they are most of the text,
    /// and the general tests look up Unicode tables.
    static func isSpace(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a == 0x20 || (0x09...0x0D).contains(a) }
        return c.isWhitespace
    }

    static func isDigit(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (0x30...0x39).contains(a) }
        return c.isNumber
    }
}
