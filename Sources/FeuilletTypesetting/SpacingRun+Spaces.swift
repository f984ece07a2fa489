import FeuilletModel

/// What an ordinary space becomes, from the words on either side of it (TYPOGRAPHY-FR):
/// a narrow no-break space inside a number (1 200) and before its unit (15 mg/kg), a
/// no-break space between a short number and the word it counts (2 ans, 1,5 million),
/// after a title (Dr Martin) or a reference (p. 12, n° 5) and before "etc.".
extension SpacingRun {
    /// The words below as scalars, looked up without making a String at each space.
    typealias Word = [Unicode.Scalar]
    static let titles: Set<String> = ["Dr", "Dre", "Drs", "Pr", "Pre", "Prs", "M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me"]
    /// Abbreviations that a number follows.
    static let references: Set<String> = ["p.", "pp.", "n°", "N°", "nº", "Nº", "art.", "§", "fig.", "chap.", "vol.", "tab."]
    static let units: Set<String> = ["%", "‰", "€", "$", "£", "°C", "°", "g", "mg", "µg", "kg", "l", "L", "ml", "mL", "dl", "cl",
                                     "m", "cm", "mm", "km", "h", "min", "s", "ms", "mmHg", "UI", "kcal", "Gy", "mSv", "mmol", "mol"]
    /// Words that follow a number without being what it counts ("de 10 à 12 ans", "le 15 en
    /// cas d’urgence"): the space after the number stays a breaking one.
    static let notCounted: Set<String> = ["à", "au", "aux", "avec", "chez", "dans", "de", "des", "du", "en", "entre", "et", "ou",
                                          "par", "pour", "sans", "sous", "sur", "vers", "depuis", "pendant", "avant", "après",
                                          "contre", "selon", "le", "la", "les", "un", "une", "ni", "mais", "donc", "car", "que",
                                          "qui", "quand", "si", "se", "ne", "il", "ils", "elle", "elles", "on", "nous", "vous",
                                          "est", "sont", "a", "ont", "dont", "puis", "plus", "moins", "environ"]
    /// Signs and brackets before a number: "(15 mg/kg", "−5 °C", "≥ 65 ans".
    static let numberPrefixes: Set<Unicode.Scalar> = TextToken.openerScalars.union(["+", "-", "−", "±", "~", "≈", "≤", "≥", ">"])
    static let longestWord = (titles.union(references).union(units).union(notCounted)).map(\.unicodeScalars.count).max()!
    private static let titleWords = words(titles), referenceWords = words(references), unitWords = words(units), notCountedWords = words(notCounted)
    private static func words(_ set: Set<String>) -> Set<Word> { Set(set.map { Array($0.unicodeScalars) }) }

    func space() -> Unicode.Scalar {
        let nextToken = text[(i + 1)...].prefix { !Rules.isSpace($0) }
        let previousToken = out[(out.lastIndex(where: Rules.isSpace).map { $0 + 1 } ?? 0)...]
        let number = previousToken.drop { Self.numberPrefixes.contains($0) }
        if let first = number.first, let last = number.last, Rules.isDigit(first), Rules.isDigit(last),
           number.allSatisfy({ Rules.isDigit($0) || $0 == "," || $0 == "." }) {
            let integer = number.prefix { Rules.isDigit($0) }
            // 1 200, 1 200 000 (thousands).
            if integer.count == number.count && integer.count <= 3 && nextToken.prefix(while: Rules.isDigit).count == 3
                && !(nextToken.dropFirst(3).first.map(Rules.isDigit) ?? false) { return Rules.thinScalar }
            // 38 °C, 39,5 °C, 15 mg/kg, 20 €.
            let unit = nextToken.prefix { !TextToken.closerScalars.contains($0) }
            if unit.count <= Self.longestWord,
               Self.unitWords.contains(Word(unit)) || Self.unitWords.contains(Word(unit.prefix { $0 != "/" })) { return Rules.thinScalar }
            // 2 ans, 20 minutes, 1,5 million: not a year (2026 patients) nor a word that only follows.
            let word = nextToken.prefix { Rules.isLetter($0) || TextToken.joinerScalars.contains($0) }
            if integer.count <= 3, word.first?.properties.isLowercase ?? false, word.count == unit.count,
               !(word.count <= Self.longestWord && Self.notCountedWords.contains(Word(word))) { return Rules.noBreakScalar }
        }
        let abbreviation = previousToken.drop { TextToken.openerScalars.contains($0) }
        if abbreviation.count <= Self.longestWord {
            let name = Word(abbreviation)
            if Self.titleWords.contains(name), nextToken.first?.properties.isUppercase ?? false { return Rules.noBreakScalar }
            if Self.referenceWords.contains(name), nextToken.first.map(Rules.isDigit) ?? false { return Rules.noBreakScalar }
        }
        if nextToken.starts(with: "etc.".unicodeScalars) || nextToken.elementsEqual("etc".unicodeScalars) { return Rules.noBreakScalar }
        return " "
    }
}
