import Testing
@testable import FeuilletModel

@Suite("Article digest")
struct ArticleDigestTests {
    @Test("keeps each list after its section's heading and lead-in, and the key messages; counts the rest")
    func keeps() {
        func p(_ s: String) -> Block { .paragraph([.text(s)]) }
        let list = Block.list(ordered: false, start: 1, items: [[p("un")], [p("deux")]])
        let key = Block.quote([p("À retenir : boire souvent.")])
        let blocks: [Block] = [p("Intro."), .heading(level: 2, [.text("Sans liste")]), p("Texte."),
                               .heading(level: 2, [.text("Signes")]), p("Un texte."), p("Trois signes :"), list, key,
                               .heading(level: 2, [.text("Suite")]), list]
        let digest = ArticleDigest(blocks)
        #expect(digest.parts == [[.heading(level: 2, [.text("Signes")]), p("Trois signes :"), list], [key],
                                 [.heading(level: 2, [.text("Suite")]), list]])
        #expect(digest.left == [p("Intro."), .heading(level: 2, [.text("Sans liste")]), p("Texte."), p("Un texte.")])
        #expect(ArticleDigest.counted(digest.left) == "3 paragraphs, 1 heading")
        #expect(digest.blocks(parts: 1).count == 3)
    }

    @Test("keeps a table as it keeps a list: a vaccination calendar is what the reader keeps the leaflet for")
    func keepsTables() {
        func p(_ s: String) -> Block { .paragraph([.text(s)]) }
        let table = Block.table(Table(alignments: [.none, .none], header: [[.text("Âge")], [.text("Vaccin")]],
                                      rows: [[[.text("2 mois")], [.text("DTCaP")]]]))
        let digest = ArticleDigest([p("Intro."), .heading(level: 2, [.text("Calendrier")]), p("Le calendrier :"), table, p("Fin.")])
        #expect(digest.parts == [[.heading(level: 2, [.text("Calendrier")]), p("Le calendrier :"), table]])
        #expect(ArticleDigest.counted(digest.left) == "2 paragraphs")
    }

    @Test("keeps the paragraphs that say who to call, each after its section's heading, and says they are contacts")
    func keepsContacts() {
        func p(_ s: String) -> Block { .paragraph([.text(s)]) }
        let heading = Block.heading(level: 2, [.text("Qui appeler ?")])
        let blocks = [p("Intro."), heading, p("Le secrétariat : 04 74 09 12 34."), p("La nuit : 04 74 09 12 00."), p("Fin.")]
        let digest = ArticleDigest(blocks) { $0.plainText.contains("04 74") }
        #expect(digest.parts == [[heading, p("Le secrétariat : 04 74 09 12 34.")], [p("La nuit : 04 74 09 12 00.")]])
        #expect(digest.parts.indices.allSatisfy(digest.isContact))
        #expect(ArticleDigest(blocks).parts.isEmpty, "without the rule, paragraphs are left out")
        #expect(ArticleDigest.counted(digest.left) == "2 paragraphs")
    }
}
