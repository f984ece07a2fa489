/// Numbers are read down a column: a column whose body cells are all numbers, with or
/// without a unit ("12", "0,5 mL", "1 200 €", "2 mois"), or a dash for none, is aligned
/// on the decimal comma, so units stand under units and decimals under decimals.
enum NumericColumn {
    /// A number as French spacing leaves it: thousands after a narrow no-break space, a
    /// decimal comma, a unit after a no-break space (or none).
    private static var number: Regex<(Substring, decimals: Substring?)> { /[+\-−]?\d+(?:[\u{202F}\u{00A0} ]\d{3})*(?<decimals>,\d+)?(?:[\u{202F}\u{00A0} ]?(?:%|‰|°[CF]?|[\p{L}µ€$£][\p{L}µ\/.²³]*))?/ }
    private static let dashes: Set<String> = ["-", "–", "—"]

    /// How many characters (Unicode scalars) of `text` come before its decimal comma, or
    /// before its unit when it has no decimals: where the column's cells are aligned. Nil
    /// when the text is not a number.
    static func alignmentPoint(_ text: String) -> Int? {
        if dashes.contains(text) { return text.unicodeScalars.count }
        guard let match = text.wholeMatch(of: number) else { return nil }
        if let decimals = match.output.decimals { return text.unicodeScalars[..<decimals.startIndex].count }
        return text.prefix { $0.isNumber || $0 == "\u{202F}" || $0 == "\u{00A0}" || $0 == " " || "+-−".contains($0) }
            .trimmingTrailingSpaces.unicodeScalars.count
    }

    /// A column is numeric when it has at least one number and nothing else but dashes or empty cells.
    static func isNumeric(_ cells: [String]) -> Bool {
        let filled = cells.filter { !$0.isEmpty }
        return filled.contains { !dashes.contains($0) } && filled.allSatisfy { alignmentPoint($0) != nil }
    }
}

private extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\u{202F}" || last == "\u{00A0}" { s.removeLast() }
        return s
    }
}
