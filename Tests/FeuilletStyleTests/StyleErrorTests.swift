import Foundation
import Testing
@testable import FeuilletStyle
import FeuilletModel

/// One broken style folder and the exact error line it must give. `expected` starts with
/// the file name; the test puts the folder in front as the loader prints it.
struct BadStyle: Sendable, CustomTestStringConvertible {
    let name: String
    let files: [String: String]
    let load: String
    let expected: String

    init(_ name: String, _ yaml: String, _ expected: String) {
        self.init(name, files: ["bad.yml": yaml], load: "bad", expected)
    }

    init(_ name: String, files: [String: String], load: String, _ expected: String) {
        self.name = name
        self.files = files
        self.load = load
        self.expected = expected
    }

    var testDescription: String { name }
}

let badStyles: [BadStyle] = [
    BadStyle("card text allowed to shrink too far", """
        card:
          min-scale: 10%
        """,
        ##"bad.yml:2:14: error: card.min-scale: "10%" must be a percentage from 30% to 100%"##),
    BadStyle("card line limit out of range", """
        card:
          max-lines: { title: 40 }
        """,
        ##"bad.yml:2:23: error: card.max-lines.title: "40" must be a whole number from 1 to 12"##),
    BadStyle("unknown top key, with suggestion", """
        description: Test
        palete:
          accent: "#7a1f2b"
        """,
        ##"bad.yml:2:1: error: palete: unknown key; did you mean "palette"?"##),
    BadStyle("unknown top key, nothing close", """
        description: Test
        colophon: yes
        """,
        ##"bad.yml:2:1: error: colophon: unknown key"##),
    BadStyle("unknown role key, with suggestion", """
        roles:
          body:
            sise: 12pt
        """,
        ##"bad.yml:3:5: error: roles.body.sise: unknown key; did you mean "size"?"##),
    BadStyle("unknown role name heading-4", """
        roles:
          body: { size: 10pt }
          heading-4: { size: 12pt }
        """,
        ##"bad.yml:3:3: error: roles.heading-4: unknown key; did you mean "heading-1"?"##),
    BadStyle("unknown role name titel", """
        roles:
          titel: { size: 20pt }
        """,
        ##"bad.yml:2:3: error: roles.titel: unknown key; did you mean "title"?"##),
    BadStyle("length without unit", """
        roles:
          body:
            size: 12
        """,
        ##"bad.yml:3:11: error: roles.body.size: "12" needs a unit (pt, mm, cm, in, px, em or %)"##),
    BadStyle("bad unit", """
        roles:
          body: { size: 10pz }
        """,
        ##"bad.yml:2:17: error: roles.body.size: "10pz" is not a length (use pt, mm, cm, in, px, em or %)"##),
    BadStyle("negative size", """
        roles:
          title:
            size: -2pt
        """,
        ##"bad.yml:3:11: error: roles.title.size: "-2pt" must be greater than zero"##),
    BadStyle("zero size", """
        roles:
          title:
            size: 0pt
        """,
        ##"bad.yml:3:11: error: roles.title.size: "0pt" must be greater than zero"##),
    BadStyle("negative space", """
        roles:
          title:
            space-after: -4pt
        """,
        ##"bad.yml:3:18: error: roles.title.space-after: "-4pt" must not be negative"##),
    BadStyle("zero line height factor", """
        roles:
          body:
            line-height: 0
        """,
        ##"bad.yml:3:18: error: roles.body.line-height: "0" must be greater than zero"##),
    BadStyle("relative margin", """
        page:
          margins: { top: 2em }
        """,
        ##"bad.yml:2:19: error: page.margins.top: "2em" must be absolute (pt, mm, cm, in or px)"##),
    BadStyle("bad colour literal", """
        palette:
          accent: "#7a1f2b"
        roles:
          title:
            color: "#12345"
        """,
        ##"bad.yml:5:12: error: roles.title.color: "#12345" is not a colour (use #rgb, #rrggbb, #rrggbbaa or rgb(r, g, b))"##),
    BadStyle("bad colour in the palette", """
        palette:
          text: "#111"
          accent: rgb(300, 0, 0)
        """,
        ##"bad.yml:3:11: error: palette.accent: "rgb(300, 0, 0)" is not a colour (use #rgb, #rrggbb, #rrggbbaa or rgb(r, g, b))"##),
    BadStyle("unknown palette name", """
        palette:
          text: "#1c1c1c"
          accent: "#7a1f2b"
          muted: "#5a5a5a"
        roles:
          footer: { color: acent }
        """,
        ##"bad.yml:6:20: error: roles.footer.color: "acent" is not a palette colour (palette: accent, muted, text); did you mean "accent"?"##),
    BadStyle("unknown font family in a role", """
        roles:
          body:
            family: DejaVu Serf
        """,
        ##"bad.yml:3:13: error: roles.body.family: font family "DejaVu Serf" is not in Fonts/; did you mean "DejaVu Serif"? (available: DejaVu Sans, DejaVu Serif)"##),
    BadStyle("unknown font family in fonts", """
        fonts:
          text: Helvetica
        """,
        ##"bad.yml:2:9: error: fonts.text: font family "Helvetica" is not in Fonts/ (available: DejaVu Sans, DejaVu Serif)"##),
    BadStyle("extends a missing style", """
        extends: moderne
        roles:
          body: { size: 11pt }
        """,
        ##"bad.yml:1:10: error: extends: style "moderne" not found (styles: bad)"##),
    BadStyle("extends a misspelt style", files: [
        "child.yml": "extends: parnet\n",
        "parent.yml": "description: Parent\n",
    ], load: "child",
        ##"child.yml:1:10: error: extends: style "parnet" not found; did you mean "parent"? (styles: child, parent)"##),
    BadStyle("extends cycle", files: [
        "a.yml": "description: A\nextends: b\n",
        "b.yml": "extends: a\n",
    ], load: "a",
        ##"b.yml:1:10: error: extends: cycle a → b → a"##),
    BadStyle("extends itself", files: [
        "a.yml": "extends: a\n",
    ], load: "a",
        ##"a.yml:1:10: error: extends: cycle a → a"##),
    BadStyle("bad alignment", """
        roles:
          body:
            align: justfy
        """,
        ##"bad.yml:3:12: error: roles.body.align: "justfy" is not one of left, justify, center, right; did you mean "justify"?"##),
    BadStyle("bad boolean", """
        roles:
          body: { hyphenate: sometimes }
        """,
        ##"bad.yml:2:22: error: roles.body.hyphenate: "sometimes" is not true or false"##),
    BadStyle("bad weight", """
        roles:
          title: { weight: heavy }
        """,
        ##"bad.yml:2:20: error: roles.title.weight: "heavy" must be a whole number from 100 to 900"##),
    BadStyle("columns out of range", """
        page:
          size: a4
          columns: 9
        """,
        ##"bad.yml:3:12: error: page.columns: "9" must be a whole number from 1 to 4"##),
    BadStyle("unknown page size", """
        page:
          size: A3
        """,
        ##"bad.yml:2:9: error: page.size: "A3" is not a known size (a4, a5, dl) or a pair [width, height]; did you mean "a4"?"##),
    BadStyle("roles is not a mapping", """
        roles: body
        """,
        ##"bad.yml:1:8: error: roles: expected a mapping of keys"##),
    BadStyle("YAML syntax error", """
        page:
          size: a4: big
        """,
        ##"bad.yml:2:11: error: YAML syntax: mapping values are not allowed in this context"##),
    BadStyle("YAML syntax error: unclosed flow mapping", """
        roles:
          body: { size: 10pt
          title: { size: 20pt }
        """,
        ##"bad.yml:3:8: error: YAML syntax: did not find expected ',' or '}'"##),
    BadStyle("duplicate key", """
        roles:
          body: { size: 10pt }
          title: { size: 20pt }
          body: { size: 11pt }
        """,
        ##"bad.yml:4:3: error: body: key given twice"##),
    BadStyle("duplicate key in a flow mapping", """
        roles:
          body: { size: 10pt, align: left, size: 11pt }
        """,
        ##"bad.yml:2:36: error: size: key given twice"##),
    BadStyle("unknown card key, with suggestion", """
        card:
          safe-zon: 40px
        """,
        ##"bad.yml:2:3: error: card.safe-zon: unknown key; did you mean "safe-zone"?"##),
    BadStyle("negative safe zone edge", """
        card:
          safe-zone: { top: 250px, bottom: -10px }
        """,
        ##"bad.yml:2:36: error: card.safe-zone.bottom: "-10px" must not be negative"##),
    BadStyle("relative safe zone", """
        card:
          safe-zone: 2em
        """,
        ##"bad.yml:2:14: error: card.safe-zone: "2em" must be absolute (pt, mm, cm, in or px)"##),
    BadStyle("box for a role that has none", """
        decorations:
          boxes:
            sumary: { padding: 8pt }
        """,
        ##"bad.yml:3:5: error: decorations.boxes.sumary: unknown key; did you mean "summary"?"##),
    BadStyle("unknown box key, with suggestion", """
        decorations:
          boxes:
            quote: { radis: 4pt }
        """,
        ##"bad.yml:3:14: error: decorations.boxes.quote.radis: unknown key; did you mean "radius"?"##),
    BadStyle("box fill names a missing palette entry", """
        palette:
          accent: "#0b57d0"
          box-fill: "#e8f0fe"
        decorations:
          boxes:
            summary: { fill: box-fil }
        """,
        ##"bad.yml:6:22: error: decorations.boxes.summary.fill: "box-fil" is not a palette colour (palette: accent, box-fill); did you mean "box-fill"?"##),
    BadStyle("negative box padding", """
        decorations:
          boxes:
            key-message: { padding: -2pt }
        """,
        ##"bad.yml:3:29: error: decorations.boxes.key-message.padding: "-2pt" must not be negative"##),
    BadStyle("title band key misspelt", """
        decorations:
          title-band: { colour: accent }
        """,
        ##"bad.yml:2:17: error: decorations.title-band.colour: unknown key; did you mean "color"?"##),
    BadStyle("title band is not a mapping", """
        decorations:
          title-band: accent
        """,
        ##"bad.yml:2:15: error: decorations.title-band: expected a mapping of keys"##),
    BadStyle("footer rule without unit", """
        decorations:
          footer-rule: 1
        """,
        ##"bad.yml:2:16: error: decorations.footer-rule: "1" needs a unit (pt, mm, cm, in, px, em or %)"##),
]

@Suite("Errors in style sheets")
struct StyleErrorTests {
    @Test(arguments: badStyles)
    func exactMessage(_ bad: BadStyle) throws {
        let (error, folder) = try loadError(bad.files, load: bad.load)
        defer { folder.remove() }
        let prefix = displayed(folder.url) + "/"
        #expect(error.description == prefix + bad.expected)
        // One line, and the file named is the one in the folder.
        #expect(!error.description.contains("\n"))
        #expect(error.file.hasPrefix(prefix))
    }

    /// Outside the working folder the path is absolute.
    @Test func pathOutsideWorkingFolderIsAbsolute() throws {
        let (error, folder) = try loadError(["bad.yml": "colophon: yes\n"], load: "bad")
        defer { folder.remove() }
        let cwd = FileManager.default.currentDirectoryPath + "/"
        if !folder.url.path.hasPrefix(cwd) {
            #expect(error.file == folder.url.appendingPathComponent("bad.yml").path)
            #expect(error.file.hasPrefix("/"))
        }
    }

    @Test func noCheckOfFamiliesWithoutAList() throws {
        let folder = try StyleFolder(["free.yml": "roles:\n  body: { family: Anything Goes }\n"])
        defer { folder.remove() }
        let sheet = try StyleLoader(folders: [folder.url]).load("free")
        #expect(sheet[.body].family == "Anything Goes")
        #expect(sheet[.title].family == "Anything Goes")
    }
}
