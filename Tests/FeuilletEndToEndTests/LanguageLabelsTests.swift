import Foundation
import Testing
import FeuilletModel
import FeuilletLayout
import FeuilletPipeline
import FeuilletTestSupport

/// What a reader of each language sees on paper and on cards: the fixed texts, dates and
/// spacing of the article's language.
@Suite("Labels in the article's language")
struct LanguageLabelsTests {
    static let english = """
        ---
        title: "Fever in children: when to worry?"
        summary: "A fever is a temperature of 38 °C or more; most fevers are harmless."
        lang: en
        source: "Feuillet test text"
        source-url: "https://example.org/fever"
        author: "Dr Jane Doe"
        date: 2026-09-15
        ---

        Sick days: no school, plenty to drink. Is it serious? Call a doctor if the fever lasts more than two days!

        > Key points: give water often.
        """

    func write(_ text: String, name: String = "article.md") throws -> URL {
        let url = Support.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func pdfText(_ article: URL, _ extra: [String] = []) throws -> String {
        let pdf = article.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString).pdf")
        let run = Support.run(["render", article.path, "--root", Support.root.path, "--output", pdf.path] + extra)
        #expect(run.status == 0, "\(run.errors)")
        // In reading order, lines joined: a sentence cut at a line end reads whole.
        let text = try Support.tool(["pdftotext", pdf.path, "-"]).output
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{0C}" }).joined(separator: " ")
    }

    @Test("lang: en gets English labels, English dates, the author and the address, and no French spacing", arguments: ["a4", "trifold", "a5"])
    func englishLeaflet(format: String) throws {
        let text = try pdfText(try write(Self.english), ["--format", format])
        for words in ["This leaflet does not replace a doctor’s advice.", "Written by Dr Jane Doe", "Full article online:", "https://example.org/fever",
                      "Sick days: no school", "Is it serious? Call a doctor", "Key points: give water often."] {
            #expect(text.contains(words), "\(format): no \"\(words)\" in\n\(text)")
        }
        #expect(text.contains("15 September 2026"), "\(format): \(text)")
        for french in ["Ce document ne remplace", "Mes notes", "À retenir", "septembre", "Rédaction"] { #expect(!text.contains(french), "\(format): \(french)") }
        // pdftotext gives no-break spaces as spaces: the page's own text says which they are.
        let article = try write(Self.english)
        let rendition = try Support.pipeline.render(try Support.pipeline.typeset(article: article.path, style: "classique").typeset,
                                                    target: try #require(Target(name: format)))
        let drawn = LayoutDump.pages(rendition.pages).flatMap(\.items).compactMap(\.text).joined(separator: "\n")
        #expect(drawn.contains("Sick days: no"))
        for space in ["\u{202F}", "\u{00A0}", " "] {
            for mark in [":", ";", "?", "!"] { #expect(!drawn.contains(space + mark), "\(format): a space before \(mark)") }
        }
        if format == "trifold" { #expect(text.contains("My notes and questions"), "\(text)") }
    }

    @Test("a French article's footer, closing note and cards give the long French date")
    func frenchDates() throws {
        let article = try write(Self.english.replacingOccurrences(of: "lang: en", with: "lang: fr"))
        let a4 = try pdfText(article)
        #expect(a4.contains("15 septembre 2026"), "\(a4)")
        #expect(!a4.contains("2026-09-15"))
        #expect(a4.contains("Rédaction : Dr Jane Doe"), "\(a4)")
        #expect(a4.contains("Ce document ne remplace pas l’avis d’un médecin."))
        #expect(a4.contains("Sick days : no"), "French spacing where the text is French")
        let rendition = try Support.pipeline.render(try Support.pipeline.typeset(article: article.path, style: "classique").typeset, target: .a4)
        let drawn = LayoutDump.pages(rendition.pages).flatMap(\.items).compactMap(\.text).joined(separator: "\n")
        #expect(drawn.contains("days\u{00A0}: no") && drawn.contains("days\u{202F}!"), "\(drawn)")
        let trifold = try pdfText(article, ["--format", "trifold"])
        #expect(trifold.contains("Date : 15 septembre 2026") && trifold.contains("Mes notes et questions"), "\(trifold)")
        let typeset = try Support.pipeline.typeset(article: article.path, style: "classique").typeset
        let card = try Support.pipeline.render(typeset, target: .cardSquare)
        let words = LayoutDump.pages(card.pages).flatMap(\.items).compactMap(\.text).joined(separator: " ")
        #expect(words.contains("15\u{00A0}septembre\u{00A0}2026"), "\(words)")
    }

    @Test("a style's own label replaces the table's, French spacing applied to it where the text is French")
    func styleOverride() throws {
        let style = try write("extends: classique\nlabels:\n  fr: { disclaimer: \"Attention : parlez-en à votre médecin.\" }\n  en: { notes: \"Your questions\" }\n",
                              name: "maison.yml")
        let french = try write(Self.english.replacingOccurrences(of: "lang: en", with: "lang: fr"))
        let text = try pdfText(french, ["--style", style.path])
        #expect(text.contains("Attention : parlez-en à votre médecin."), "\(text)")
        let typeset = try Support.pipeline.typeset(article: french.path, style: style.path).typeset
        #expect(typeset.labels[.disclaimer] == "Attention\u{00A0}: parlez-en à votre médecin.")
        let english = try pdfText(try write(Self.english), ["--style", style.path, "--format", "trifold"])
        #expect(english.contains("Your questions") && english.contains("This leaflet does not replace"), "\(english)")
    }
}
