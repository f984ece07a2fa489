import Testing
@testable import FeuilletStyle
import FeuilletModel

/// What a style says for the press file: a colour's own inks, and `page.press`.
@Suite("Press keys: colours with inks, page.press")
struct PressStyleTests {
    @Test("a colour with its inks: rgb for screens and the office file, cmyk as it is for the press file")
    func colourWithInks() throws {
        let sheet = try loadStyle(["s.yml": """
            palette:
              green: { rgb: "#0b6e4f", cmyk: [90, 20, 75, 10] }
            roles:
              heading-1: { color: green }
              body: { color: { rgb: "#1c1c1c", cmyk: [0, 0, 0, 100] } }
              footer: { color: { rgb: "#5a5a5a" } }
            """], load: "s")
        let green = try #require(sheet.palette["green"]), inks = sheet.page.press.inks
        #expect(green.description == "#0b6e4f" && inks[green] == CMYK(cyan: 90, magenta: 20, yellow: 75, black: 10))
        #expect(sheet[.heading1].color == green, "a palette name is the colour, whose inks the sheet keeps")
        #expect(inks[sheet[.body].color]?.isBlackOnly == true && sheet[.body].color.description == "#1c1c1c")
        #expect(inks.count == 2 && inks[sheet[.footer].color] == nil)
    }

    @Test("inks printed back as they are read, and loaded again to the same sheet")
    func printedBack() throws {
        let sheet = try loadStyle(["s.yml": "palette:\n  green: { rgb: \"#0b6e4f\", cmyk: [90, 20, 75, 10.5] }\npage: { press: { marks: false } }\n"], load: "s")
        let yaml = StylePrinter.yaml(sheet)
        #expect(yaml.contains("green: { rgb: \"#0b6e4f\", cmyk: [90, 20, 75, 10.5] }") && yaml.contains("press: { marks: false }"), "\(yaml)")
        let again = try loadStyle(["s.yml": yaml], load: "s")
        #expect(again.palette == sheet.palette && again.page == sheet.page)
    }

    @Test("one colour given two sets of inks is an error naming both places")
    func conflictingInks() throws {
        let (diagnostic, folder) = try loadError(["s.yml": """
            palette:
              green: { rgb: "#0b6e4f", cmyk: [90, 20, 75, 10] }
            roles:
              body: { color: { rgb: "#0b6e4f", cmyk: [80, 20, 75, 10] } }
            """], load: "s")
        defer { folder.remove() }
        #expect(diagnostic.description.hasSuffix("s.yml:4:18: error: roles.body.color: #0b6e4f is given other inks (C 80 M 20 Y 75 K 10) than at palette.green (C 90 M 20 Y 75 K 10)"), "\(diagnostic)")
    }

    @Test("page.press: marks on unless the style says; the press bleed is page.bleed")
    func pagePress() throws {
        #expect(try loadStyle(["s.yml": "description: x\n"], load: "s").page.press.marks)
        #expect(try !loadStyle(["s.yml": "page: { press: { marks: no } }\n"], load: "s").page.press.marks)
        #expect(PressStyle.minimumBleed.points() == Length.mm(3).points())
    }

    @Test("bad inks and press keys: one line each, at the value", arguments: [
        ("palette:\n  g: { rgb: \"#0b6e4f\", cmyk: [90, 20, 75] }\n", #"s.yml:2:30: error: palette.g.cmyk: expected four numbers from 0 to 100 (cyan, magenta, yellow, black), e.g. [90, 20, 75, 10]"#),
        ("palette:\n  g: { rgb: \"#0b6e4f\", cmyk: [90, 20, 75, 140] }\n", #"s.yml:2:43: error: palette.g.cmyk: expected four numbers from 0 to 100 (cyan, magenta, yellow, black), e.g. [90, 20, 75, 10]"#),
        ("palette:\n  g: { cmyk: [0, 0, 0, 100] }\n", ##"s.yml:2:6: error: palette.g: needs rgb: the colour on screen and in the office file (e.g. rgb: "#0b6e4f")"##),
        ("palette:\n  g: { rgb: \"#0b6e4f\", cmky: [0, 0, 0, 100] }\n", #"s.yml:2:24: error: palette.g.cmky: unknown key; did you mean "cmyk"?"#),
        ("page: { press: { mark: true } }\n", #"s.yml:1:18: error: page.press.mark: unknown key; did you mean "marks"?"#),
    ])
    func errors(yaml: String, expected: String) throws {
        let (diagnostic, folder) = try loadError(["s.yml": yaml], load: "s")
        defer { folder.remove() }
        #expect(diagnostic.description.hasSuffix(expected), "\(diagnostic)")
    }
}
