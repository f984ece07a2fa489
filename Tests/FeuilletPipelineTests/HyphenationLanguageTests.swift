import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletTypesetting

/// An article is hyphenated by the dictionary of its `lang:` (Debian's hyphen-fr and
/// hyphen-en-us), and a job's fingerprint holds the one it read.
@Suite("Hyphenation in the article's language")
struct HyphenationLanguageTests {
    @Test("English words break by English patterns, French ones by French; a language without a dictionary is not hyphenated")
    func byLanguage() throws {
        let workspace = Support.workspace
        let english = try #require(try workspace.hyphenator(for: "en-GB")), french = try #require(try workspace.hyphenator(for: "fr-CA"))
        // hy-phen-ation and com-puter in English; hy-phe-na-tion and com-pu-ter by the French patterns.
        #expect(english.points(in: "hyphenation") == [2, 6] && english.points(in: "computer") == [3])
        #expect(french.points(in: "hyphenation") == [2, 5, 7] && french.points(in: "computer") == [3, 5])
        #expect(french.points(in: "traitement") == [4, 6])
        #expect(try workspace.hyphenator(for: "de") == nil)
        #expect(workspace.hyphenationDictionary(for: "EN") == "/usr/share/hyphen/hyph_en_US.dic")
    }

    @Test("what a job reads holds its language's dictionary, its pictures and its style's logo")
    func reads() throws {
        let workspace = Support.workspace
        let style = try workspace.styles.load("classique")
        let (french, _) = try workspace.loadArticle(Support.root.appendingPathComponent("Articles/urgences-pediatriques.md").path)
        let file = Support.temporaryFolder().appendingPathComponent("english.md")
        try "---\ntitle: Hyphenation\nlang: en\n---\n\nA paragraph.\n".write(to: file, atomically: true, encoding: .utf8)
        let (english, _) = try workspace.loadArticle(file.path)
        let frenchReads = workspace.reads(document: french, style: style), englishReads = workspace.reads(document: english, style: style)
        #expect(frenchReads.contains(Hyphenator.dictionaries["fr"]!) && !frenchReads.contains(Hyphenator.dictionaries["en"]!))
        #expect(englishReads.contains(Hyphenator.dictionaries["en"]!) && !englishReads.contains(Hyphenator.dictionaries["fr"]!))
        #expect(frenchReads.contains { $0.hasSuffix("Articles/images/salle-attente.jpg") })
        #expect(frenchReads.contains { $0.hasSuffix("Styles/logos/classique.svg") } && frenchReads.contains { $0.hasSuffix(".ttf") || $0.hasSuffix(".otf") })
    }
}
