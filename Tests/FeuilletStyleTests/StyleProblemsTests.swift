import Foundation
import Testing
@testable import FeuilletStyle
import FeuilletModel

@Suite("Every problem of a style sheet, in one run")
struct StyleProblemsTests {
    @Test("two wrong types are both reported, in file order")
    func twoWrongTypes() throws {
        let (errors, folder) = try loadErrors(["bad.yml": """
            roles:
              title: { weight: heavy }
              body: { size: grand }
            """], load: "bad")
        defer { folder.remove() }
        #expect(errors.map(\.description) == [
            folder.shown("bad.yml") + #":2:20: error: roles.title.weight: "heavy" must be a whole number from 100 to 900"#,
            folder.shown("bad.yml") + #":3:17: error: roles.body.size: "grand" is not a length (use pt, mm, cm, in, px, em or %)"#,
        ])
    }

    @Test("problems in a sheet and the one it extends are all reported, each in its own file")
    func acrossExtends() throws {
        let (errors, folder) = try loadErrors([
            "parent.yml": "roles:\n  body: { sise: 12pt }\n",
            "child.yml": "extends: parent\npage:\n  bleed: 1m\n  columns: 7\n",
        ], load: "child")
        defer { folder.remove() }
        #expect(errors.map(\.description) == [
            folder.shown("child.yml") + #":3:10: error: page.bleed: "1m" is not a length (use pt, mm, cm, in, px, em or %)"#,
            folder.shown("child.yml") + #":4:12: error: page.columns: "7" must be a whole number from 1 to 4"#,
            folder.shown("parent.yml") + #":2:11: error: roles.body.sise: unknown key; did you mean "size"?"#,
        ])
    }

    @Test("a page the parent's margins no longer fit is reported at the child's page size")
    func derivedProblemInTheChild() throws {
        let (errors, folder) = try loadErrors([
            "parent.yml": "page:\n  margins: { left: 16mm, right: 16mm }\n",
            "child.yml": "extends: parent\npage:\n  size: [60mm, 100mm]\n",
        ], load: "child")
        defer { folder.remove() }
        #expect(errors.map(\.description) == [folder.shown("child.yml") + ":3:9: error: page: margins, gutter and 2 column(s) leave 10 mm per column; at least 25 mm needed"])
    }

    @Test("a bad palette colour or font is reported once, not again where it is used")
    func noCascade() throws {
        let (errors, folder) = try loadErrors(["bad.yml": """
            fonts:
              text: Comic Sans
            palette:
              accent: "#zzz"
            roles:
              body: { family: text, color: accent }
              title: { family: text, color: accent }
            """], load: "bad")
        defer { folder.remove() }
        #expect(errors.map { "\($0.line):\($0.column)" } == ["2:9", "4:11"])
    }

    @Test("a child's new size under the parent's line height and spacing is reported at the child's size")
    func inheritedAgainstANewSize() throws {
        let (errors, folder) = try loadErrors([
            "parent.yml": "roles:\n  title: { size: 28pt, line-height: 31pt, letter-spacing: 4pt }\n",
            "child.yml": "extends: parent\nroles:\n  title: { size: 6pt }\n",
        ], load: "child")
        defer { folder.remove() }
        #expect(errors.map(\.description) == [
            folder.shown("child.yml") + #":3:18: error: roles.title.size: at this size, roles.title.line-height "31pt" is 5.167em; it must be from 0.8em to 3em"#,
            folder.shown("child.yml") + #":3:18: error: roles.title.size: at this size, roles.title.letter-spacing "4pt" is 0.667em; it must be from -0.1em to 0.5em"#,
        ])
    }

    @Test("a child's body size under the parent's sizes in em is reported at the child's body size")
    func parentSizesInEm() throws {
        let (errors, folder) = try loadErrors([
            "parent.yml": "roles:\n  summary: { size: 1.5em, line-height: 1.3 }\n",
            "child.yml": "extends: parent\nroles:\n  body: { size: 30pt }\n",
        ], load: "child")
        defer { folder.remove() }
        #expect(errors.map(\.description) == [
            folder.shown("child.yml") + #":3:17: error: roles.body.size: at this size, roles.summary.size "1.5em" is 45pt; it must be from 5pt to 36pt"#,
        ])
    }

    @Test("a child that empties the palette or the fonts is reported once, not at every use in the parent")
    func emptiedPaletteAndFonts() throws {
        let (errors, folder) = try loadErrors([
            "parent.yml": "fonts:\n  text: DejaVu Sans\npalette:\n  accent: \"#7a1f2b\"\nroles:\n  body: { family: text }\n  title: { color: accent }\n  footer: { color: accent }\n",
            "child.yml": "extends: parent\nfonts:\npalette:\n",
        ], load: "child")
        defer { folder.remove() }
        #expect(errors.map(\.description) == [
            folder.shown("child.yml") + ":2:7: error: fonts: expected a mapping of names to font families",
            folder.shown("child.yml") + ":3:9: error: palette: expected a mapping of names to colours",
        ])
    }

    @Test("past 20 problems, the 20 first and where the others begin")
    func manyProblems() throws {
        let yaml = "roles:\n" + Role.allCases.map { "  \($0.rawValue): { size: big, align: nowhere }" }.joined(separator: "\n") + "\n"
        let (errors, folder) = try loadErrors(["bad.yml": yaml], load: "bad")
        defer { folder.remove() }
        #expect(errors.count == StyleProblems.limit + 1)
        #expect(errors.dropLast().allSatisfy { $0.message.contains("roles.") })
        #expect(errors.last?.message == "more problems from here on; only the first 20 are shown")
        #expect(errors.map(\.line) == errors.map(\.line).sorted())
    }

    @Test("a sheet that is not UTF-8 is reported at the line and column of the bad byte")
    func notUTF8() throws {
        let folder = try StyleFolder([:])
        defer { folder.remove() }
        // "Café" saved in Latin-1: é is the byte E9, alone.
        try (Data("description: Test\nroles:\n  body: { family: \"Caf".utf8) + [0xE9] + Data("\" }\n".utf8))
            .write(to: folder.url.appendingPathComponent("bad.yml"))
        let error = try #require(throws: Diagnostic.self) { try folder.loader.load("bad") }
        #expect(error.description == folder.shown("bad.yml") + ":3:23: error: the file is not UTF-8 text (first bad byte here)")
    }

    @Test("a sheet larger than 128 KB is refused before it is parsed")
    func tooLarge() throws {
        let (errors, folder) = try loadErrors(["big.yml": "description: Big\n" + String(repeating: "# a comment line of the style sheet\n", count: 4_000)], load: "big")
        defer { folder.remove() }
        #expect(errors.map(\.description) == [folder.shown("big.yml") + ":1:1: error: too large: a style sheet may have at most 128 KB"])
    }

    @Test("a device or an endless file is read only up to the limit")
    func endlessFile() throws {
        let error = try #require(throws: Diagnostic.self) { try ArticleText.read("/dev/zero", limits: .styleSheet) }
        #expect(error.message == "too large: a style sheet may have at most 128 KB")
    }

    @Test("a few aliases are fine: anchors reuse a value")
    func fewAliases() throws {
        let sheet = try loadStyle(["ok.yml": """
            roles:
              heading-1: &heading { weight: bold, size: 14pt, line-height: 18pt }
              heading-2: *heading
            """], load: "ok")
        #expect(sheet[.heading2].size == 14 && sheet[.heading2].weight == 700)
    }

    @Test("a sheet beside this one that links out of its folder is refused unread")
    func linkOutOfTheFolder() throws {
        let folder = try StyleFolder(["child.yml": "extends: parent.yml\n"])
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("parent.yml").path, withDestinationPath: "/etc/passwd")
        let error = try #require(throws: Diagnostic.self) { try folder.loader.load("child") }
        #expect(error.description.hasPrefix(folder.shown("child.yml") + #":1:10: error: extends: "parent.yml" is not a style"#))
        #expect(!error.description.contains("root"))
    }

    @Test("a sheet beside this one, by file name or ./, is extended")
    func besideIsFine() throws {
        for extends in ["parent.yml", "./parent.yml"] {
            let sheet = try loadStyle(["parent.yml": "roles:\n  body: { size: 13pt }\n", "child.yml": "extends: \(extends)\n"], load: "child")
            #expect(sheet[.body].size == 13)
        }
    }
}
