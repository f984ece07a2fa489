/// Numbers read as one thing, found where a word starts and written with their spaces
/// bound: a phone number on one line, a time with both its spaces fixed.
extension SpacingRun {
    /// A space between the parts of a number: one ordinary space, or one already fixed.
    private func isGap(_ k: Int) -> Bool { k < end && (text[k] == " " || Rules.isFixedSpace(text[k])) }
    private func isASCIIDigit(_ k: Int) -> Bool { k < end && (0x30...0x39).contains(text[k].value) }
    /// Nothing glued after a number: the end, a space or punctuation, not a digit or a letter.
    private func endsWord(_ k: Int) -> Bool { k >= end || !(Rules.isLetter(text[k]) || text[k].properties.numericType != nil) }

    /// The characters from `i` to `stop` with every ordinary space made `space`.
    private func bound(_ stop: Int, with space: Unicode.Scalar) -> [Unicode.Scalar] {
        text[i..<stop].map { $0 == " " ? space : $0 }
    }

    /// A French phone number: ten digits in groups of one to four, the first starting with
    /// 0 (04 72 00 00 10, 0 800 12 34 56), or "+", a country code and at least two groups
    /// of 6 to 12 digits in all (+33 4 72 00 00 10). Its spaces become no-break spaces, the
    /// width of a word space (a narrow one would run the pairs together).
    mutating func phoneNumber() -> (text: [Unicode.Scalar], end: Int)? {
        let international = text[i] == "+"
        var k = international ? i + 1 : i
        var groups: [Int] = []
        while true {
            let start = k
            while isASCIIDigit(k) { k += 1 }
            guard (1...4).contains(k - start) else { return nil }
            groups.append(k - start)
            if !international && groups.reduce(0, +) >= 10 { break }
            guard isGap(k), isASCIIDigit(k + 1) else { break }
            k += 1
        }
        guard endsWord(k) else { return nil }
        let ok = international
            ? groups[0] <= 3 && groups.count >= 3 && (6...12).contains(groups.dropFirst().reduce(0, +))
            : text[i] == "0" && groups.count >= 2 && groups.reduce(0, +) == 10
        return ok ? (bound(k, with: Rules.noBreakScalar), k) : nil
    }

    /// A time or a duration in hours: 8 h, 17 h 30, and 8h30 written 8 h 30 (TYPOGRAPHY-FR),
    /// with narrow no-break spaces as between any number and its unit. Not 8 heures (a word),
    /// not 10:30 (left as written).
    mutating func time() -> (text: [Unicode.Scalar], end: Int)? {
        var k = i
        while isASCIIDigit(k) { k += 1 }
        guard (1...2).contains(k - i) else { return nil }
        var result = Array(text[i..<k])
        let hourGap = isGap(k) ? text[k] : nil
        if hourGap != nil { k += 1 }
        guard k < end, text[k] == "h", endsWord(k + 1) || isASCIIDigit(k + 1) else { return nil }
        result += [fixed(hourGap), "h"]
        k += 1
        let minuteGap = isGap(k) ? text[k] : nil
        let m = minuteGap == nil ? k : k + 1
        if isASCIIDigit(m), isASCIIDigit(m + 1), endsWord(m + 2), text[m] < "6" {
            result += [fixed(minuteGap), text[m], text[m + 1]]
            k = m + 2
        } else if minuteGap == nil && isASCIIDigit(k) {
            return nil   // 8h3, 8h300: not a time
        }
        return (result, k)
    }

    /// A space kept if the author fixed it already, else a narrow no-break space.
    private func fixed(_ gap: Unicode.Scalar?) -> Unicode.Scalar { Rules.isFixedSpace(gap) ? gap! : Rules.thinScalar }
}

extension FrenchNormalizer {
    /// Whether `text` holds a phone number as the normalizer reads one (written with
    /// ordinary or fixed spaces): who to call is what a small format's digest keeps.
    public static func containsPhoneNumber(_ text: String) -> Bool {
        var run = SpacingRun([.init(chars: Array(text.unicodeScalars), editable: true)])
        return run.findsPhoneNumber()
    }
}

extension SpacingRun {
    /// Whether a phone number starts at the start of a word anywhere in the text.
    fileprivate mutating func findsPhoneNumber() -> Bool {
        end = text.count
        while i < end {
            if i == 0 || !(Rules.isLetter(text[i - 1]) || text[i - 1].properties.numericType != nil), phoneNumber() != nil { return true }
            i += 1
        }
        return false
    }
}
