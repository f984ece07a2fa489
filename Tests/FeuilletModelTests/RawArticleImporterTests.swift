import Testing
@testable import FeuilletModel

@Suite("Raw article: the seed")
struct RawSeedTests {
    let raw: Document
    let warnings: [Diagnostic]
    let markdown: Document

    init() throws {
        (raw, warnings) = try RawArticleImporter().importDocument(Fixture.text("metastases-article.txt"), file: "seed.txt")
        markdown = try MarkdownImporter().importDocument(Fixture.article("metastases.md"), file: "metastases.md").0
    }

    @Test func titleIsTheArticleHeadline() {
        #expect(raw.metadata.title == "Les métastases peuvent-elles disparaître ?")
        #expect(raw.metadata.title == markdown.metadata.title)
    }

    @Test func summaryIsTheShortAnswer() throws {
        let summary = try #require(raw.metadata.summary)
        #expect(summary.hasPrefix("Le cancer métastatique est généralement incurable,"))
        #expect(summary.hasSuffix("une disparition complète est rare."))
        #expect(summary == markdown.metadata.summary)
    }

    @Test func chromeIsRemovedAndCountsKept() {
        #expect(raw.metadata.extra == ["views": "34", "likes": "0"])
        let words = raw.blocks.map(\.plainText).joined(separator: "\n")
        #expect(!words.contains("voir"))
        #expect(!words.contains("J'aime"))
        #expect(!words.contains("Est-ce que"))
        #expect(warnings.isEmpty)
    }

    @Test func sectionHeadings() {
        #expect(headings(raw) == [
            "Le cancer métastatique : incurable mais traitable",
            "Rémissions complètent : cas exceptionnels",
            "Traitements pour contrôler les métastases",
            "Conclusion",
        ])
    }

    @Test func treatmentsAreABoldTermList() throws {
        let lists = raw.blocks.compactMap { block -> [[Block]]? in
            guard case .list(ordered: false, start: 1, let items) = block else { return nil }
            return items
        }
        let list = try #require(lists.first)
        #expect(lists.count == 1)
        #expect(list.count == 4)
        #expect(list.first == [.paragraph([
            .strong([.text("Chimiothérapie")]),
            .text(" : utilisation de médicaments pour tuer les cellules cancéreuses dans tout le corps."),
        ])])
    }

    /// The hand-written Markdown is the seed plus one correction ("complètent" → "complètes"),
    /// so with that correction applied the two readings must be the same document body.
    @Test func sameBodyAsTheHandWrittenMarkdown() {
        let corrected = raw.blocks.map { block -> Block in
            guard case .heading(let level, let text) = block else { return block }
            return .heading(level: level, [.text(text.plainText.replacing("Rémissions complètent", with: "Rémissions complètes"))])
        }
        #expect(corrected == markdown.blocks)
        #expect(headings(markdown).count == 4)
    }

    private func headings(_ document: Document) -> [String] {
        document.blocks.compactMap { if case .heading(2, let text) = $0 { text.plainText } else { nil } }
    }
}

@Suite("Raw article: other pages")
struct RawOtherPagesTests {
    /// LF endings, a thousands view count, "Faut-il" restating "Est-ce qu'il faut", "–" and
    /// "*" bullets, a numbered list, a question as a heading, a share button, no final newline.
    static let vaccine = """

        Est-ce qu'il faut vacciner les enfants contre la grippe ?
        1 250 vues
        Oui, surtout les enfants fragiles.
        Le médecin traitant décide.
        Commentez 4 J'aime
        Partager

        Faut-il vacciner les enfants contre la grippe ?

        La grippe touche chaque hiver
        de nombreux enfants.

        Qui est concerné ?

        Les enfants suivants sont prioritaires :
        – asthmatiques ;
          depuis au moins un an ;
        * diabétiques.

        Comment se passe la vaccination

        1. Une première injection.
        2) Un rappel : un mois plus tard.

        Parlez-en à votre médecin.
        Partager
        """

    /// CRLF endings, no view count, "-" bullets with and without a term, no conclusion,
    /// a headline that is not the question, a trailing blank line.
    static let sugar = [
        "Est-ce que le sucre est dangereux pour le cœur ?",
        "Une consommation excessive augmente le risque.",
        "Commentez 12 J'aime",
        "",
        "Sucre et cœur : ce que l'on sait",
        "",
        "Le sucre ajouté se cache partout.",
        "",
        "Où le trouver",
        "",
        "- Sodas : jusqu'à 35 g par canette.",
        "- Plats préparés",
        "",
        "- Céréales du matin : souvent très sucrées.",
        "",
        "Lisez les étiquettes.",
        "",
    ].joined(separator: "\r\n")

    @Test func vaccinePage() throws {
        let (document, warnings) = try RawArticleImporter().importDocument(Self.vaccine, file: "vaccin.txt")
        #expect(warnings.isEmpty)
        #expect(document.metadata.title == "Faut-il vacciner les enfants contre la grippe ?")
        #expect(document.metadata.summary == "Oui, surtout les enfants fragiles. Le médecin traitant décide.")
        #expect(document.metadata.extra == ["views": "1250", "likes": "4"])
        #expect(document.blocks == [
            .paragraph([.text("La grippe touche chaque hiver de nombreux enfants.")]),
            .heading(level: 2, [.text("Qui est concerné ?")]),
            .paragraph([.text("Les enfants suivants sont prioritaires :")]),
            .list(ordered: false, start: 1, items: [
                [.paragraph([.text("asthmatiques ; depuis au moins un an ;")])],
                [.paragraph([.text("diabétiques.")])],
            ]),
            .heading(level: 2, [.text("Comment se passe la vaccination")]),
            .list(ordered: true, start: 1, items: [
                [.paragraph([.text("Une première injection.")])],
                [.paragraph([.strong([.text("Un rappel")]), .text(" : un mois plus tard.")])],
            ]),
            .paragraph([.text("Parlez-en à votre médecin.")]),
        ])
    }

    @Test func sugarPage() throws {
        let (document, warnings) = try RawArticleImporter().importDocument(Self.sugar, file: "sucre.txt")
        #expect(warnings.isEmpty)
        #expect(document.metadata.title == "Est-ce que le sucre est dangereux pour le cœur ?")
        #expect(document.metadata.summary == "Une consommation excessive augmente le risque.")
        #expect(document.metadata.extra == ["likes": "12"])
        #expect(document.blocks == [
            .heading(level: 2, [.text("Sucre et cœur : ce que l'on sait")]),
            .paragraph([.text("Le sucre ajouté se cache partout.")]),
            .heading(level: 2, [.text("Où le trouver")]),
            .list(ordered: false, start: 1, items: [
                [.paragraph([.strong([.text("Sodas")]), .text(" : jusqu'à 35 g par canette.")])],
                [.paragraph([.text("Plats préparés")])],
                [.paragraph([.strong([.text("Céréales du matin")]), .text(" : souvent très sucrées.")])],
            ]),
            .paragraph([.text("Lisez les étiquettes.")]),
        ])
    }

    @Test func pageWithoutCommentBarHasNoSummary() throws {
        let text = "Le café fait-il mal ?\n\nNon, pas à petite dose.\n\nTrois tasses par jour suffisent.\n"
        let (document, warnings) = try RawArticleImporter().importDocument(text, file: "cafe.txt")
        #expect(document.metadata.title == "Le café fait-il mal ?")
        #expect(document.metadata.summary == nil)
        #expect(document.blocks == [.paragraph([.text("Non, pas à petite dose.")]),
                                    .paragraph([.text("Trois tasses par jour suffisent.")])])
        #expect(warnings.map(\.line) == [1])
    }

    @Test func headlineEndsTheHeaderWhenThereIsNoCommentBar() throws {
        let text = "Le thé fait-il dormir ?\n12 vues\nPas vraiment.\n\nLe thé fait-il dormir ?\n\nLa théine réveille.\n"
        let (document, warnings) = try RawArticleImporter().importDocument(text, file: "the.txt")
        #expect(warnings.isEmpty)
        #expect(document.metadata.summary == "Pas vraiment.")
        #expect(document.metadata.extra == ["views": "12"])
        #expect(document.blocks == [.paragraph([.text("La théine réveille.")])])
    }

    @Test func emptyPageIsAnError() {
        #expect(throws: Diagnostic.self) { try RawArticleImporter().importDocument("\n  \n", file: "vide.txt") }
    }

    @Test(arguments: [
        ("Est-ce que les métastases peuvent disparaître ?", "Les métastases peuvent-elles disparaître ?", true),
        ("Est-ce que les métastases peuvent-elles disparaître ?", "LES MÉTASTASES PEUVENT-ELLES DISPARAÎTRE", true),
        ("Est-ce qu'il faut manger bio ?", "Faut-il manger bio ?", true),
        ("Le sucre est-il dangereux ?", "Est-ce que le sucre est dangereux ?", true),
        ("Est-ce que les métastases peuvent disparaître ?", "Les métastases peuvent-elles grossir ?", false),
        ("Est-ce que ?", "", false),
    ])
    func questionMatching(a: String, b: String, same: Bool) {
        #expect(askSameQuestion(a, b) == same)
    }

    @Test(arguments: [
        ("34 voir", ["views": "34"], false),
        ("Commentez 0 J'aime", ["likes": "0"], true),
        ("3 commentaires 10 J’aime", ["comments": "3", "likes": "10"], true),
        ("Partager", [:], false),
        ("1\u{202F}234 vues Partagez", ["views": "1234"], false),
    ] as [(String, [String: String], Bool)])
    func chromeLines(line: String, counts: [String: String], closesHeader: Bool) throws {
        let chrome = try #require(SiteChrome(line: line))
        #expect(chrome.counts == counts)
        #expect(chrome.closesHeader == closesHeader)
    }

    @Test(arguments: ["Il faut voir", "34 voirie", "", "Commentez ce texte"])
    func notChrome(line: String) {
        #expect(SiteChrome(line: line) == nil)
    }
}
