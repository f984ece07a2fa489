import Foundation
import Testing
import FeuilletTestSupport

/// TYPOGRAPHY-FR at the line ends a reader sees: every shipped style (and the fixture
/// geometry) × every sample article, on A4, read back from the PDF. What must stay on one
/// line stays there; hyphens keep the French minima, never split a code and stay within
/// the style's run; ragged text never splits a word that fits.
@Suite("French line ends in every style and article", .serialized)
struct FrenchLineEndTests {
    typealias Word = LineEndReading.Word

    /// Units and the nouns a number counts in the sample articles; the test's own list.
    static let counted: Set<String> = ["%", "€", "°C", "g", "mg", "kg", "ml", "mg/kg", "h", "min", "ans", "mois", "jours", "heures",
                                       "minutes", "semaines", "fois", "million", "millions", "patients", "consultations", "habitants"]
    /// Abbreviations that are never left at a line end without what follows them.
    static let abbreviations: Set<String> = ["Dr", "Pr", "Mme", "M.", "p.", "n°", "art.", "§", "fig."]

    static func number(_ word: String) -> Bool {
        word.wholeMatch(of: /[(\[]?[+−-]?\d+([,.]\d+)?/) != nil
    }

    static func bare(_ word: String) -> String {
        String(word.drop { "([«".contains($0) }.reversed().drop { ",;.:!?)»]".contains($0) }.reversed())
    }

    @Test("no line ends inside a phone number, a large number or a time, nor between a number and its unit or what it counts",
          arguments: LineEndReading.cases)
    func numbersStayWhole(style: String, article: String) throws {
        let reading = try LineEndReading.shared(style: style, article: article)
        var faults: [String] = []
        for (line, next, _) in reading.lineEnds {
            let last = line.last!.text, first = next.first!.text
            let split = "\(last) / \(first)"
            if last.last?.isNumber ?? false, first.first?.isNumber ?? false { faults.append(split) }        // 04 72 / 00, 1 / 200
            if last == "h", first.first?.isNumber ?? false { faults.append(split) }                          // 17 h / 30
            if last.last?.isNumber ?? false, first.wholeMatch(of: /h(\d\d)?[,.;)]?/) != nil { faults.append(split) } // 8 / h 30
            if Self.number(last), Self.counted.contains(Self.bare(first)) { faults.append(split) }           // (15 / mg/kg, 2 / ans
        }
        #expect(faults.isEmpty, "\(article) in \(style): \(faults)")
    }

    @Test("an abbreviation keeps what follows it on its line (Dr Martin, p. 12, n° 5)", arguments: LineEndReading.cases)
    func abbreviationsStay(style: String, article: String) throws {
        let reading = try LineEndReading.shared(style: style, article: article)
        let faults = reading.lineEnds.filter { Self.abbreviations.contains(String($0.line.last!.text.drop { "([«".contains($0) })) }
            .map { "\($0.line.last!.text) / \($0.next.first!.text)" }
        #expect(faults.isEmpty, "\(article) in \(style): \(faults)")
    }

    @Test("a line ending on a hyphen keeps 2 letters before it and 3 after, never splits a code or an address, and no more such lines in a row than the style allows",
          arguments: LineEndReading.cases)
    func hyphens(style: String, article: String) throws {
        let reading = try LineEndReading.shared(style: style, article: article)
        var faults: [String] = []
        for (line, next, _) in reading.lineEnds where LineEndReading.endsOnHyphen(line) {
            let left = String(line.last!.text.dropLast()), right = next.first!.text
            let stem = left.split(whereSeparator: { "’'-\u{2010}".contains($0) }).last ?? ""
            let split = "\(left)|\(right)"
            if stem.filter(\.isLetter).count < 2 || right.prefix(while: \.isLetter).count < 3 { faults.append("minima: \(split)") }
            // A code: a digit, or a capital after a letter (NT-proBNP, COVID-19); an address.
            if (left + right).contains(where: \.isNumber) || (left + right).contains(/\p{L}\p{Lu}/) { faults.append("code: \(split)") }
            if left.contains("@") || left.contains("://") || left.contains("www.") { faults.append("address: \(split)") }
        }
        var run = 0, longest = 0
        for line in reading.lines {
            run = LineEndReading.endsOnHyphen(line) ? run + 1 : 0
            longest = max(longest, run)
        }
        #expect(faults.isEmpty, "\(article) in \(style): \(faults)")
        #expect(longest <= reading.style.typography.maxConsecutiveHyphens,
                "\(article) in \(style): \(longest) lines in a row end on a hyphen, over the style's \(reading.style.typography.maxConsecutiveHyphens)")
    }

    @Test("a word is never split where it would have fitted whole on its line", arguments: LineEndReading.cases)
    func noNeedlessHyphen(style: String, article: String) throws {
        let reading = try LineEndReading.shared(style: style, article: article)
        // Certain only where another line of the same block reaches further than the whole
        // word would (the hyphen's own width is not counted: the test errs on the safe side).
        let faults = reading.lineEnds.filter { line, next, reach in
            LineEndReading.endsOnHyphen(line) && line.last!.x1 + (next.first!.x1 - next.first!.x0) < reach - 0.5
        }.map { "\($0.line.last!.text)\($0.next.first!.text)" }
        #expect(faults.isEmpty, "\(article) in \(style): \(faults)")
    }

    @Test("a time written 8h30 reads 8 h 30 in every style", arguments: LineEndReading.styles)
    func timesSpaced(style: String) throws {
        let reading = try LineEndReading.shared(style: style, article: "consultations-hopital.md")
        let text = reading.lines.map { $0.map(\.text).joined(separator: " ") }.joined(separator: "\n")
        #expect(text.contains(/8\s*h\s*30/), "the hospital article should show its opening hours")
        #expect(!text.contains(/\dh\d/), "\(style): a time is still written without its spaces")
    }
}
