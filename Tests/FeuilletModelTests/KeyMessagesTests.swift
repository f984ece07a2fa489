import Testing
@testable import FeuilletModel

@Suite("Key messages in the front matter")
struct KeyMessagesTests {
    @Test("`key-messages:` is read as a list, in order, and written back the same")
    func roundTrip() throws {
        let text = """
            ---
            title: "Titre"
            key-messages:
              - "Se vacciner chaque automne : dès octobre."
              - "Il faut 15 jours pour être protégé."
            ---

            Un paragraphe.
            """
        let (document, warnings) = try MarkdownImporter().importDocument(text, file: "a.md")
        #expect(warnings.isEmpty)
        #expect(document.metadata.keyMessages == ["Se vacciner chaque automne : dès octobre.", "Il faut 15 jours pour être protégé."])
        #expect(document.metadata.extra.isEmpty)
        let written = MarkdownWriter().write(document)
        #expect(written.contains("key-messages:\n- \"Se vacciner chaque automne : dès octobre.\"\n- \"Il faut 15 jours pour être protégé.\"\n"))
        #expect(try MarkdownImporter().importDocument(written, file: "b.md").0 == document)
    }

    @Test("a single text is one message; a mapping is an error at its line")
    func shapes() throws {
        let one = try MarkdownImporter().importDocument("---\ntitle: T\nkey-messages: \"Un seul.\"\n---\n", file: "a.md").0
        #expect(one.metadata.keyMessages == ["Un seul."])
        #expect(throws: Diagnostic(file: "a.md", line: 3, column: 15, message: "`key-messages` must be a list of texts")) {
            try MarkdownImporter().importDocument("---\ntitle: T\nkey-messages: { a: b }\n---\n", file: "a.md")
        }
        #expect(MarkdownWriter().write(Document(metadata: Metadata(title: "T"), blocks: [])).contains("key-messages") == false)
    }
}
