import Testing
@testable import FeuilletModel

@Suite("Markdown writer")
struct MarkdownWriterTests {
    private func roundTrip(_ document: Document) throws -> (text: String, back: Document, warnings: [Diagnostic]) {
        let text = MarkdownWriter().write(document)
        let (back, warnings) = try MarkdownImporter().importDocument(text, file: "written.md")
        return (text, back, warnings)
    }

    @Test func seedRoundTrip() throws {
        let (seed, _) = try RawArticleImporter().importDocument(Fixture.text("metastases-article.txt"), file: "seed.txt")
        let (text, back, warnings) = try roundTrip(seed)
        #expect(back == seed)
        #expect(warnings.isEmpty)
        #expect(text.hasPrefix("""
            ---
            title: "Les métastases peuvent-elles disparaître ?"
            summary: "Le cancer métastatique est généralement incurable, les traitements visant à prolonger \
            la vie et à améliorer la qualité de vie du patient. Bien que les thérapies puissent contrôler et \
            ralentir la progression des métastases, une disparition complète est rare."
            lang: "fr"
            likes: "0"
            views: "34"
            ---

            Le cancer métastatique, caractérisé
            """))
        #expect(text.contains("\n- **Chimiothérapie** : utilisation de médicaments"))
        #expect(text.contains("\n## Conclusion\n"))
    }

    @Test func handWrittenArticleRoundTrip() throws {
        let (article, _) = try MarkdownImporter().importDocument(Fixture.article("metastases.md"), file: "metastases.md")
        #expect(try roundTrip(article).back == article)
    }

    @Test func everyBlockKindAndTrickyText() throws {
        let item: (String) -> [Block] = { [.paragraph([.text($0)])] }
        let document = Document(
            metadata: Metadata(title: "null", summary: "Deux-points : dièse # et « guillemets \"droits\" » ?",
                               lang: "fr", source: "- pas une liste", sourceURL: "https://ex.fr/a?b=1#c",
                               date: "2026-11-26", author: "Dr. Jean: Dupont",
                               extra: ["views": "34", "quote": "[x] {y} & *z*", "highlight": "yes"]),
            blocks: [
                .heading(level: 1, [.text("Titre # avec dièses ##")]),
                .heading(level: 2, [.emphasis([.text("Penché")]), .text(" et "), .code("code")]),
                .heading(level: 3, [.text("1. pas une liste")]),
                .paragraph([.text("1. pas une liste, *pas penché*, _ni souligné_, [pas un lien](x), <pas du html>, a & b, &amp; reste, \\ barre.")]),
                .paragraph([.text("# pas un titre")]),
                .paragraph([.text("- pas une puce"), .lineBreak, .text("+ ni ça"), .lineBreak, .text("> ni une citation"),
                            .lineBreak, .text("2) ni un numéro"), .lineBreak, .text("=== ni un soulignement")]),
                .paragraph([.strong([.text("fort "), .emphasis([.text("et penché")])]), .text(" puis "),
                            .emphasis([.strong([.text("penché fort")]), .text(" fin")]), .text(" puis "),
                            .strong([.text("a")]), .emphasis([.text("b")]), .text(" et l’"), .emphasis([.text("article")]),
                            .text(" ou mi"), .strong([.text("lieu")]), .text("x.")]),
                .paragraph([.link(url: "https://ex.fr/a_(b) c", [.text("lien "), .strong([.text("fort")])]),
                            .text(" "), .link(url: "#à propos", [.text("interne")]), .text(" "), .link(url: "https://ex.fr/?a=1&b=2", [.text("ok")]),
                            .text(" "), .code("a ` b"), .text(" "), .code("`x`"), .text(" "), .code(" espacé ")]),
                .list(ordered: false, start: 1, items: [
                    item("un"),
                    [.paragraph([.text("deux")]), .list(ordered: true, start: 7, items: [item("sept"), item("huit")])],
                    [.paragraph([.text("trois")]), .paragraph([.text("suite de trois")]), .thematicBreak],
                ]),
                .list(ordered: false, start: 1, items: [item("liste voisine")]),
                .list(ordered: false, start: 1, items: [item("troisième liste")]),
                .list(ordered: true, start: 1, items: [item("a"), item("b")]),
                .list(ordered: true, start: 10, items: [item("dix")]),
                .quote([.paragraph([.text("Cité")]), .list(ordered: false, start: 1, items: [item("point")]),
                        .quote([.paragraph([.text("imbriqué")])])]),
                .quote([.paragraph([.text("Autre citation")])]),
                .thematicBreak,
                .paragraph([.text("Fin.")]),
            ])
        let (text, back, warnings) = try roundTrip(document)
        #expect(back == document, "\(text)")
        #expect(warnings.isEmpty)
    }

    @Test("a table reads back the same: alignments, empty cells, pipes in text, code and addresses, a table in a list and in a quote")
    func tableRoundTrip() throws {
        let cell: (String) -> Table.Cell = { [.text($0)] }
        let table = Table(alignments: [.none, .left, .center, .right],
                          header: [cell("Âge"), [.strong([.text("Vaccin")])], cell("Doses | nombre"), []],
                          rows: [[cell("2 mois"), [.code("a|b"), .text(" et "), .code("c\\|d")], cell("2"), [.link(url: "https://ex.fr/a|b", [.text("lien|x")])]],
                                 [cell("- pas une puce"), cell("\\|"), [], cell("1. pas un numéro")],
                                 [[], [], [], []]])
        let document = Document(metadata: Metadata(title: "T"), blocks: [
            .paragraph([.text("Avant :")]), .table(table), .table(Table(alignments: [.none], header: [cell("Seul")], rows: [])),
            .list(ordered: false, start: 1, items: [[.paragraph([.text("dans une liste")]), .table(table)]]),
            .quote([.table(table)]), .paragraph([.text("Après.")]),
        ])
        let (text, back, warnings) = try roundTrip(document)
        #expect(back == document, "\(text)")
        #expect(warnings.isEmpty)
        #expect(text.contains("| Âge | **Vaccin** | Doses \\| nombre |  |\n| --- | :-- | :-: | --: |\n| 2 mois |"), "\(text)")
    }

    @Test("any table cmark reads is written so that it reads back the same", arguments: [
        "a \\| b", "\\\\", "\\\\\\|", "`x \\| y`", "``a`|`b``", "**gras** *pen*ché", "[lien \\| x](https://ex.fr/a\\|b)",
        "<b>", "&amp; &lt;", "- pas une puce", "1. pas un numéro", "# pas un titre", "> pas une citation", "---", ":--", "",
        "x\\", "_a_b_", "~~barré~~", "https://ex.fr/a", "a  b",
    ])
    func tableCellsReadBack(cell: String) throws {
        let source = "---\ntitle: T\n---\n\n| un | deux |\n|:-:|--:|\n| \(cell) | b |\n| a | \(cell) |\n"
        let (first, _) = try MarkdownImporter().importDocument(source, file: "a.md")
        #expect(first.blocks.count == 1, "\(first.blocks)")
        let (text, back, _) = try roundTrip(first)
        #expect(back == first, "\(text)")
    }

    @Test func outputIsDeterministic() {
        let document = Document(metadata: Metadata(title: "T", extra: ["b": "2", "a": "1", "c": "3"]), blocks: [])
        #expect(MarkdownWriter().write(document) == "---\ntitle: \"T\"\nlang: \"fr\"\na: \"1\"\nb: \"2\"\nc: \"3\"\n---\n")
    }

    @Test(arguments: [
        ("1. un", true, "1\\. un"),
        ("1. un", false, "1. un"),
        ("2024) fin", true, "2024\\) fin"),
        ("#tag", true, "\\#tag"),
        ("a *b* [c] <d> `e` f_g h\\i", false, "a \\*b\\* \\[c\\] \\<d> \\`e\\` f\\_g h\\\\i"),
        ("R&D &eacute;", false, "R&D \\&eacute;"),
    ])
    func escaping(text: String, atLineStart: Bool, expected: String) {
        #expect(MarkdownInlineWriter.escaped(text, atLineStart: atLineStart, inHeading: false) == expected)
    }
}
