import Testing
@testable import FeuilletModel

@Suite("Labels: the fixed texts of each language")
struct LabelsTests {
    @Test("every language has every label, with the values it must show")
    func complete() {
        for (language, labels) in Labels.tables {
            for label in Label.allCases {
                #expect(!labels[label].isEmpty, "\(language) \(label)")
                for name in label.placeholders { #expect(labels[label].contains("{\(name)}"), "\(language) \(label)") }
            }
        }
    }

    @Test("a date is written out as the language writes it, in every label that shows one")
    func dates() {
        let fr = Labels.of("fr"), en = Labels.of("en-GB")
        #expect(fr.longDate("2026-09-15") == "15\u{00A0}septembre\u{00A0}2026")
        #expect(fr.longDate("2026-03-01") == "1er\u{00A0}mars\u{00A0}2026")
        #expect(en.longDate("2026-09-15") == "15\u{00A0}September\u{00A0}2026")
        #expect(fr.date("2026-09-15") == "Date\u{00A0}: 15\u{00A0}septembre\u{00A0}2026")
        #expect(en.date("2026-09-15") == "Date: 15\u{00A0}September\u{00A0}2026")
        #expect(fr.longDate("15/09/2026") == "15/09/2026")
    }

    @Test("a language is its primary tag; one without a table gets English")
    func languages() {
        #expect(Labels.of("fr-CA").language == "fr")
        #expect(Labels.of("EN").language == "en")
        #expect(Labels.of("de").language == "en")
        #expect(Labels.language(of: "de") == nil)
        #expect(Labels.of("en")[.notes] == "My notes and questions")
        #expect(Labels.of("en").page(2, of: 3) == "2/3")
        #expect(Labels.of("fr").replacing([.notes: "Vos questions"])[.notes] == "Vos questions")
    }

    @Test("`lang:` without a table is a warning at its value; the article is read")
    func unknownLanguage() throws {
        let (document, warnings) = try MarkdownImporter().importDocument("---\ntitle: T\nlang: de\n---\n", file: "a.md")
        #expect(document.metadata.lang == "de")
        #expect(warnings.map(\.description) == ["a.md:3:7: warning: Feuillet has no labels in `de` (it has en, fr): the disclaimer, dates and other fixed texts are in English; a style can give its own under labels.en"])
    }

    @Test("a key-message quote opens with any language's label")
    func keyMessageOpeners() {
        let quote = { (text: String) in Block.quote([.paragraph([.text(text)])]) }
        #expect(KeyMessageRule.message(quote("Key points: wash your hands.")) == "wash your hands.")
        #expect(KeyMessageRule.message(quote("À retenir : se laver les mains.")) == "se laver les mains.")
        #expect(KeyMessageRule.message(quote("A retenir : idem.")) == "idem.")
        #expect(KeyMessageRule.message(quote("Retenir : non.")) == nil)
    }

    @Test("a quote written with its own marks gets the language's once: never « « … » »",
          arguments: ["« Boire souvent. »", "\u{00AB}\u{202F}Boire souvent.\u{202F}\u{00BB}", "\"Boire souvent.\"", "“Boire souvent.”", "Boire souvent."])
    func quotation(quote: String) {
        let french = Labels.of("fr").quotation(quote), english = Labels.of("en").quotation(quote)
        #expect(french.filter { $0 == "«" }.count == 1 && french.contains("Boire souvent."), "\(french)")
        #expect(!english.contains("«") && english.filter { "“\"".contains($0) }.count == 1, "\(english)")
    }
}
