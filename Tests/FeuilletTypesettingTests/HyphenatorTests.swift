import Testing
@testable import FeuilletTypesetting

@Suite("Hyphenator (libhyphen, hyph_fr.dic, French minima)")
struct HyphenatorTests {
    let hyphenator = try! Hyphenator()

    func hyphenated(_ word: String) -> String {
        var chars = Array(word).map(String.init)
        for p in hyphenator.points(in: word).reversed() { chars.insert("-", at: p) }
        return chars.joined()
    }

    @Test("real words split where a French dictionary says", arguments: [
        ("métastatiques", "mé-ta-sta-tiques"),
        ("immunothérapie", "im-mu-no-thé-ra-pie"),
        ("cancéreuses", "can-cé-reuses"),
    ])
    func realWords(word: String, expected: String) {
        #expect(hyphenated(word) == expected)
    }

    @Test("at least 2 letters before a hyphen and 3 after")
    func minima() {
        for word in ["métastases", "chimiothérapie", "rémissions", "lymphatique", "prolonger"] {
            let points = hyphenator.points(in: word)
            #expect(!points.isEmpty, "\(word) has no hyphenation point")
            #expect(points.allSatisfy { $0 >= 2 && word.count - $0 >= 3 }, "\(word): \(points)")
        }
    }

    @Test("never right after an apostrophe; the word after it still splits")
    func apostrophe() {
        let word = "l’immunothérapie"
        let points = hyphenator.points(in: word)
        #expect(!points.contains(2))
        #expect(points.contains(6), "l’immu-nothérapie expected, got \(hyphenated(word))")
    }

    @Test("words with digits or short words do not split")
    func noSplit() {
        #expect(hyphenator.points(in: "COVID19").isEmpty)
        #expect(hyphenator.points(in: "rare").isEmpty)
    }
}
