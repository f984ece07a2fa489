import Testing
@testable import FeuilletModel

/// Body-only Markdown behind a three-line front matter, so body line N is file line N + 3.
private func parse(_ body: String) throws -> (blocks: [Block], warnings: [Diagnostic]) {
    let (document, warnings) = try MarkdownImporter().importDocument("---\ntitle: T\n---\n" + body, file: "a.md")
    return (document.blocks, warnings)
}

@Suite("Link addresses an article may put into outputs")
struct LinkTargetTests {
    @Test("web, mail, telephone and internal links are kept", arguments: [
        "https://www.e-cancer.fr/guide", "http://ex.fr", "HTTPS://EX.FR/A", "mailto:contact@example.fr", "tel:+33100000000", "#section",
    ])
    func kept(url: String) throws {
        let (blocks, warnings) = try parse("Voir [ici](\(url)).\n")
        #expect(blocks == [.paragraph([.text("Voir "), .link(url: url, [.text("ici")]), .text(".")])])
        #expect(warnings.isEmpty)
    }

    @Test("other schemes, in any case and behind spaces or control characters, are dropped; the text stays", arguments: [
        ("javascript:alert(1)", "\"javascript:\" links"), ("JaVaScRiPt:alert(1)", "\"javascript:\" links"),
        ("&#32;&#9;javascript:alert(1)", "\"javascript:\" links"), ("java&#9;script:alert(1)", "\"javascript:\" links"),
        ("&#1;javascript:alert(1)", "\"javascript:\" links"), ("data:text/html;base64,PHNjcmlwdD4=", "\"data:\" links"),
        ("file:///etc/passwd", "\"file:\" links"), ("FILE:///etc/passwd", "\"file:\" links"), ("vbscript:x", "\"vbscript:\" links"),
        ("../secret.html", "\"../secret.html\" is not a full address"), ("//evil.example/x", "\"//evil.example/x\" is not a full address"),
        ("#", "it has no address"), ("", "it has no address"),
    ])
    func dropped(url: String, reason: String) throws {
        let (blocks, warnings) = try parse("Un\n\nVoir [ici](\(url)) ou pas.\n")
        #expect(blocks == [.paragraph([.text("Un")]), .paragraph([.text("Voir ici ou pas.")])])
        #expect(warnings.map(\.description) == [
            "a.md:6:6: warning: link dropped: \(reason)"
                + (reason.hasSuffix("links") ? " are not written to outputs" : "")
                + " (only http, https, mailto, tel and # links are written; its text is kept)",
        ])
    }

    @Test("autolinks are checked the same way")
    func autolinks() throws {
        let (blocks, warnings) = try parse("<JAVASCRIPT:alert(2)> et <https://ex.fr>\n")
        #expect(blocks == [.paragraph([.text("JAVASCRIPT:alert(2) et "), .link(url: "https://ex.fr", [.text("https://ex.fr")])])])
        #expect(warnings.count == 1)
    }

    @Test("a kept address loses the spaces and control characters around it")
    func cleaned() {
        #expect(LinkTarget.accepted(" \u{1}https://ex.fr/a\t\n") == "https://ex.fr/a")
        #expect(LinkTarget.accepted("https://ex.fr/a\tb") == "https://ex.fr/ab")
    }
}
