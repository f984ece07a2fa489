import Testing
@testable import FeuilletModel

/// Body-only Markdown behind a three-line front matter, so body line N is file line N + 3.
private func parse(_ body: String) throws -> (blocks: [Block], warnings: [Diagnostic]) {
    let (document, warnings) = try MarkdownImporter().importDocument("---\ntitle: T\n---\n" + body, file: "a.md")
    return (document.blocks, warnings)
}

/// What the document says it cannot show, as lines.
private func notShown(_ body: String) throws -> [String] {
    try MarkdownImporter().importDocument("---\ntitle: T\n---\n" + body, file: "a.md").0.notShown.map(\.description)
}

@Suite("Markdown elements")
struct MarkdownElementTests {
    @Test func headingsKeepLevelsUpToThree() throws {
        let (blocks, warnings) = try parse("# Un\n\n## Deux\n\n### Trois\n")
        #expect(blocks == [.heading(level: 1, [.text("Un")]), .heading(level: 2, [.text("Deux")]),
                           .heading(level: 3, [.text("Trois")])])
        #expect(warnings.isEmpty)
    }

    @Test func deepHeadingsBecomeLevelThreeWithAWarning() throws {
        let (blocks, warnings) = try parse("Texte.\n\n#### Quatre\n\n###### Six\n")
        #expect(blocks == [.paragraph([.text("Texte.")]), .heading(level: 3, [.text("Quatre")]),
                           .heading(level: 3, [.text("Six")])])
        #expect(warnings.map(\.description) == [
            "a.md:6:1: warning: heading level 4 not supported; shown as level 3",
            "a.md:8:1: warning: heading level 6 not supported; shown as level 3",
        ])
    }

    @Test func softBreaksBecomeSpacesAndTextIsMerged() throws {
        let (blocks, _) = try parse("Une ligne\net la suite &amp; \\*fin\\*.\n")
        #expect(blocks == [.paragraph([.text("Une ligne et la suite & *fin*.")])])
    }

    @Test func hardBreaks() throws {
        let (blocks, _) = try parse("un  \ndeux\\\ntrois\n")
        #expect(blocks == [.paragraph([.text("un"), .lineBreak, .text("deux"), .lineBreak, .text("trois")])])
    }

    @Test func emphasisStrongLinkAndCode() throws {
        let (blocks, _) = try parse("Un *mot*, un **fort *et penché***, [un lien](https://ex.fr/a) et `code`.\n")
        #expect(blocks == [.paragraph([
            .text("Un "), .emphasis([.text("mot")]), .text(", un "),
            .strong([.text("fort "), .emphasis([.text("et penché")])]), .text(", "),
            .link(url: "https://ex.fr/a", [.text("un lien")]), .text(" et "), .code("code"), .text("."),
        ])])
    }

    @Test func nestedBulletListAndOrderedStart() throws {
        let (blocks, _) = try parse("- un\n  - un.a\n- deux\n\n3. trois\n4. quatre\n")
        #expect(blocks == [
            .list(ordered: false, start: 1, items: [
                [.paragraph([.text("un")]), .list(ordered: false, start: 1, items: [[.paragraph([.text("un.a")])]])],
                [.paragraph([.text("deux")])],
            ]),
            .list(ordered: true, start: 3, items: [[.paragraph([.text("trois")])], [.paragraph([.text("quatre")])]]),
        ])
    }

    @Test("a GFM table: header row, body rows, each column's alignment, cells of inlines; no warning")
    func table() throws {
        let (blocks, warnings) = try parse("""
            Avant.

            | Âge | Vaccin | Doses | Note |
            |:--|:-:|--:|---|
            | 2 mois | *Hexavalent* | 2 | [voir](https://ex.fr/a) |
            | 11 mois | `ROR` | 1 | a \\| b |

            Après.
            """)
        let table = Table(alignments: [.left, .center, .right, .none],
                          header: [[.text("Âge")], [.text("Vaccin")], [.text("Doses")], [.text("Note")]],
                          rows: [[[.text("2 mois")], [.emphasis([.text("Hexavalent")])], [.text("2")], [.link(url: "https://ex.fr/a", [.text("voir")])]],
                                 [[.text("11 mois")], [.code("ROR")], [.text("1")], [.text("a | b")]]])
        #expect(blocks == [.paragraph([.text("Avant.")]), .table(table), .paragraph([.text("Après.")])])
        #expect(warnings.isEmpty)
        #expect(blocks[1].plainText == "Âge\nVaccin\nDoses\nNote\n2 mois\nHexavalent\n2\nvoir\n11 mois\nROR\n1\na | b")
    }

    @Test("a row shorter than the header gets empty cells, a longer one loses the cells past it")
    func raggedTableRows() throws {
        let (blocks, _) = try parse("| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |\n")
        let cell: (String) -> Table.Cell = { [.text($0)] }
        #expect(blocks == [.table(Table(alignments: [.none, .none, .none], header: [cell("a"), cell("b"), cell("c")],
                                        rows: [[cell("1"), [], []], [cell("1"), cell("2"), cell("3")]]))])
    }

    @Test func quoteAndThematicBreak() throws {
        let (blocks, _) = try parse("> Cité\n>\n> - point\n\n---\n\nAprès.\n")
        #expect(blocks == [
            .quote([.paragraph([.text("Cité")]), .list(ordered: false, start: 1, items: [[.paragraph([.text("point")])]])]),
            .thematicBreak,
            .paragraph([.text("Après.")]),
        ])
    }
}

@Suite("Markdown the model cannot show")
struct MarkdownUnsupportedTests {
    @Test func imageInASentenceKeepsItsDescription() throws {
        let (blocks, warnings) = try parse("Premier.\n\nVoir ![le *schéma*](s.png) ici.\n")
        #expect(blocks.last == .paragraph([.text("Voir le schéma ici.")]))
        #expect(warnings.isEmpty)
        #expect(try notShown("Premier.\n\nVoir ![le *schéma*](s.png) ici.\n") == ["a.md:6:6: warning: an image inside a sentence cannot be shown by Feuillet and is left out: put it on a line of its own to make it a figure; its description is kept as text"])
    }

    @Test func imageOnItsOwnLineIsAFigure() throws {
        let (blocks, warnings) = try parse("Premier.\n\n![Le *schéma* du cœur](images/coeur.svg \"Le cœur et ses cavités\"){width=60%}\n\n![](https://x.org/a.png)\n")
        #expect(warnings.isEmpty, "\(warnings)")
        guard case .figure(let figure) = blocks[1], case .figure(let remote) = blocks[2] else { Issue.record("\(blocks)"); return }
        #expect(figure.alt == "Le schéma du cœur" && figure.caption == "Le cœur et ses cavités" && figure.width == 0.6)
        #expect(figure.file == nil && figure.problem == "the image \"images/coeur.svg\" does not exist" && figure.line == 6)
        #expect(remote.problem?.contains("is remote and is never fetched") == true && remote.alt.isEmpty)
    }

    @Test func htmlBlockAndInlineHTML() throws {
        let (blocks, warnings) = try parse("<div>\nboîte\n</div>\n\nUn <b>gras</b> HTML.\n")
        #expect(blocks == [.paragraph([.text("Un gras HTML.")])])
        // The block's text is lost: not shown; a tag is left out, the text around it kept: a warning.
        #expect(try notShown("<div>\nboîte\n</div>\n\nUn <b>gras</b> HTML.\n") == [
            "a.md:4:1: warning: an HTML block cannot be shown by Feuillet and is left out: write it in Markdown",
        ])
        #expect(warnings.map(\.description) == [
            "a.md:8:4: warning: the HTML tag \"<b>\" is left out, the text around it kept: write **bold** or *italics* in Markdown",
            "a.md:8:11: warning: the HTML tag \"</b>\" is left out, the text around it kept: write **bold** or *italics* in Markdown",
        ])
    }

    @Test func fencedAndIndentedCodeBlocks() throws {
        let (blocks, warnings) = try parse("```swift\nlet x = 1\nlet y = 2\n```\n\nTexte.\n\n    indenté\n")
        #expect(blocks == [.paragraph([.text("let x = 1"), .lineBreak, .text("let y = 2")]), .paragraph([.text("Texte.")]), .paragraph([.text("indenté")])])
        #expect(warnings.map(\.description) == [
            "a.md:4:1: warning: a code block is set as an ordinary paragraph, its line breaks kept",
            "a.md:11:5: warning: a code block is set as an ordinary paragraph, its line breaks kept",
        ])
    }

    @Test func footnotes() throws {
        let (blocks, warnings) = try parse("Une note[^1].\n\n[^1]: La note.\n")
        #expect(blocks == [.paragraph([.text("Une note.")])])
        #expect(warnings.isEmpty)
        #expect(try notShown("Une note[^1].\n\n[^1]: La note.\n") == [
            "a.md:4:9: warning: a footnote reference cannot be shown by Feuillet and is left out: put the note in its sentence, or in a paragraph at the end",
            "a.md:6:7: warning: a footnote cannot be shown by Feuillet and is left out: put the note in its sentence, or in a paragraph at the end",
        ])
    }
}

@Suite("Front matter")
struct FrontMatterTests {
    @Test func everyKey() throws {
        let text = """
            ---
            title: "Titre : avec deux-points ?"
            summary: Court résumé.
            lang: en
            source: Le site
            source-url: https://ex.fr/q?id=3
            date: 2026-11-26
            author: A. Martin
            highlight: Le message.
            quote: La citation.
            ---
            Texte.
            """
        let (document, warnings) = try MarkdownImporter().importDocument(text, file: "a.md")
        #expect(document.metadata == Metadata(
            title: "Titre : avec deux-points ?", summary: "Court résumé.", lang: "en", source: "Le site",
            sourceURL: "https://ex.fr/q?id=3", date: "2026-11-26", author: "A. Martin", extra: ["highlight": "Le message.", "quote": "La citation."]))
        #expect(document.blocks == [.paragraph([.text("Texte.")])])
        #expect(warnings.isEmpty)
    }

    @Test func defaultsAndEmptyValues() throws {
        let (document, _) = try MarkdownImporter().importDocument("---\ntitle: T\nsummary:\nauthor: ~\n---\n", file: "a.md")
        #expect(document.metadata == Metadata(title: "T", lang: "fr"))
        #expect(document.blocks.isEmpty)
    }

    @Test(arguments: [
        ("date: 2026-11-26", "2026-11-26"),
        ("date: \"2026-11-26\"", "2026-11-26"),
        ("date: 2026-1-5", "2026-01-05"),
        ("date: 2026-11-26T23:30:00-05:00", "2026-11-26"),
    ])
    func dateAsTimestampOrString(line: String, expected: String) throws {
        let (document, _) = try MarkdownImporter().importDocument("---\ntitle: T\n\(line)\n---\n", file: "a.md")
        #expect(document.metadata.date == expected)
    }

    @Test func quotedNullIsText() throws {
        let (document, _) = try MarkdownImporter().importDocument("---\ntitle: \"null\"\n---\n", file: "a.md")
        #expect(document.metadata.title == "null")
    }

    @Test(arguments: [
        ("---\nlang: fr\ntitle:\n  - un\n  - deux\n---\n", "a.md:4:3: error: `title` must be a single value, not a list or a mapping"),
        ("---\ntitle: T\ndate: {jour: 3}\n---\n", "a.md:3:7: error: `date` must be a single value, not a list or a mapping"),
        ("---\ntitle: T\ndate: 26/11/2026\n---\n", "a.md:3:7: error: `date` must be written yyyy-mm-dd, found `26/11/2026`"),
        ("---\ntitle: T\ndate: 2026-13-01\n---\n", "a.md:3:7: error: `date` must be written yyyy-mm-dd, found `2026-13-01`"),
        ("---\n- title\n---\n", "a.md:2:1: error: front matter must be `key: value` lines"),
        ("---\ntitle: T\ntitle: U\n---\n", "a.md:2:1: error: front matter repeats the key `title`"),
        ("---\ntitle: T\n", "a.md:1:1: error: front matter starts with `---` but has no closing `---` line"),
    ])
    func errorsPointAtTheKey(text: String, expected: String) {
        let error = #expect(throws: Diagnostic.self) { try MarkdownImporter().importDocument(text, file: "a.md") }
        #expect(error?.description == expected)
    }

    @Test func invalidYAMLGivesItsLine() throws {
        let error = #expect(throws: Diagnostic.self) {
            try MarkdownImporter().importDocument("---\ntitle: T\nsummary: \"non fermé\n---\nTexte.\n", file: "a.md")
        }
        #expect(error?.line ?? 0 >= 3)
        #expect(error?.message.hasPrefix("front matter is not valid YAML") == true)
    }

    @Test("a misspelt key is a warning at its line and column naming the closest key", arguments: [
        ("soruce", "source"), ("sumary", "summary"), ("titre", "title"), ("source_url", "source-url"), ("auteur", "author"),
    ])
    func misspeltKey(key: String, closest: String) throws {
        let text = "---\ntitle: T\n\(key): Le site\n---\n"
        let (document, warnings) = try MarkdownImporter().importDocument(text, file: "a.md")
        #expect(document.metadata == Metadata(title: "T"))
        #expect(warnings.map(\.description) == [
            "a.md:3:1: warning: unknown front-matter key `\(key)`, ignored; did you mean \"\(closest)\"? (keys: \(FrontMatterKey.names.joined(separator: ", ")))",
        ])
    }

    @Test func unknownKeyOfAnyValueIsAWarning() throws {
        let (document, warnings) = try MarkdownImporter().importDocument("---\ntitle: T\ntags: [a, b]\nrating: 34\n---\n", file: "a.md")
        #expect(document.metadata.extra.isEmpty)
        #expect(warnings.map { "\($0.line):\($0.column) \($0.severity)" } == ["3:1 warning", "4:1 warning"])
        #expect(warnings.allSatisfy { !$0.message.contains("did you mean") })
    }

    @Test("with --strict every unknown key is an error, all named at once")
    func strictUnknownKeys() {
        let error = #expect(throws: Diagnostics.self) {
            try MarkdownImporter(strict: true).importDocument("---\ntitle: T\nsoruce: S\ntitre: U\n---\n", file: "a.md")
        }
        #expect(error?.items.map { "\($0.line):\($0.column) \($0.severity)" } == ["3:1 error", "4:1 error"])
        #expect(error?.items.first?.message.contains("did you mean \"source\"") == true)
    }

    @Test("a value longer than its key allows is refused", arguments: FrontMatterKey.all.filter { $0.kind == .text && $0.name != "title" })
    func lengthLimit(key: FrontMatterKey) {
        let text = "---\ntitle: T\n\(key.name): \(String(repeating: "a", count: key.limit + 1))\n---\n"
        let error = #expect(throws: Diagnostic.self) { try MarkdownImporter().importDocument(text, file: "a.md") }
        #expect(error?.description.hasPrefix("a.md:3:") == true)
        #expect(error?.message.contains("more than \(key.limit)") == true)
    }

    @Test func titleFromFirstLevelOneHeading() throws {
        let text = "Intro.\n\n# Le *vrai* titre\n\n## Section\n\n# Autre\n"
        let (document, _) = try MarkdownImporter().importDocument(text, file: "a.md")
        #expect(document.metadata.title == "Le vrai titre")
        #expect(document.blocks == [.paragraph([.text("Intro.")]), .heading(level: 2, [.text("Section")]),
                                    .heading(level: 1, [.text("Autre")])])
    }

    @Test func frontMatterTitleKeepsTheHeading() throws {
        let (document, _) = try MarkdownImporter().importDocument("---\ntitle: T\n---\n# H\n", file: "a.md")
        #expect(document.metadata.title == "T")
        #expect(document.blocks == [.heading(level: 1, [.text("H")])])
    }

    @Test func noTitleAnywhere() throws {
        let error = #expect(throws: Diagnostic.self) {
            try MarkdownImporter().importDocument("---\nlang: fr\n---\n## Section\n", file: "a.md")
        }
        #expect(error?.description == "a.md:1:1: error: no title: add `title:` to the front matter or a `# heading`")
    }

    @Test func crlfFileWithoutFrontMatter() throws {
        let (document, warnings) = try MarkdownImporter().importDocument("# Titre\r\n\r\nUn\r\ndeux.\r\n\r\n```\r\ncode\r\n```\r\n", file: "a.md")
        #expect(document.metadata.title == "Titre")
        #expect(document.blocks == [.paragraph([.text("Un deux.")]), .paragraph([.text("code")])])
        #expect(warnings.map(\.line) == [6])
    }
}

@Suite("Front-matter keys in README")
struct FrontMatterKeysDocumentedTests {
    @Test("README's table lists every key of FrontMatterKey, and no other")
    func readmeTable() throws {
        let readme = try String(contentsOf: Fixture.repositoryRoot.appending(path: "README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "| key | what it is | at most |"))
        let rows = readme[start.upperBound...].split(separator: "\n").dropFirst().prefix { $0.hasPrefix("|") }
        let keys = rows.compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) }
        #expect(keys == FrontMatterKey.names)
    }
}
