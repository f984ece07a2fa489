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
        ##"bad.yml:3:11: error: roles.title.size: "-2pt" must be from 5pt to 96pt"##),
    BadStyle("zero size", """
        roles:
          title:
            size: 0pt
        """,
        ##"bad.yml:3:11: error: roles.title.size: "0pt" must be from 5pt to 96pt"##),
    BadStyle("negative space", """
        roles:
          title:
            space-after: -4pt
        """,
        ##"bad.yml:3:18: error: roles.title.space-after: "-4pt" must be from 0pt to 100pt"##),
    BadStyle("zero line height factor", """
        roles:
          body:
            line-height: 0
        """,
        ##"bad.yml:3:18: error: roles.body.line-height: "0" must be from 0.8 to 3 (times the size)"##),
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
        ##"bad.yml:2:36: error: card.safe-zone.bottom: "-10px" must be from 0px to 600px"##),
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
        ##"bad.yml:3:29: error: decorations.boxes.key-message.padding: "-2pt" must be from 0pt to 36pt"##),
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
] + rangeErrors + featureErrors + extendsErrors + yamlErrors

/// Values out of the range a typesetter accepts (`StyleRanges`), each refused at its place.
let rangeErrors: [BadStyle] = [
    BadStyle("a 1000 pt title", "roles:\n  title: { size: 1000pt }\n",
        ##"bad.yml:2:18: error: roles.title.size: "1000pt" must be from 5pt to 96pt"##),
    BadStyle("a 1000 pt body", "roles:\n  body: { size: 1000pt }\n",
        ##"bad.yml:2:17: error: roles.body.size: "1000pt" must be from 5pt to 36pt"##),
    BadStyle("a size in em of the body, out of range once resolved", "roles:\n  body: { size: 4em }\n",
        ##"bad.yml:2:17: error: roles.body.size: "4em" (42pt) must be from 5pt to 36pt"##),
    BadStyle("a card title in px", "roles:\n  card-title: { size: 300px }\n",
        ##"bad.yml:2:23: error: roles.card-title.size: "300px" (225pt) must be from 8pt to 150pt"##),
    BadStyle("a billion points", "roles:\n  body: { size: 1000000000pt }\n",
        ##"bad.yml:2:17: error: roles.body.size: "1000000000pt" must be from 5pt to 36pt"##),
    BadStyle("letter spacing that mirrors the text", "roles:\n  body: { letter-spacing: -2em }\n",
        ##"bad.yml:2:27: error: roles.body.letter-spacing: "-2em" must be from -0.1em to 0.5em"##),
    BadStyle("letter spacing of 1000 em", "roles:\n  body: { letter-spacing: 1000em }\n",
        ##"bad.yml:2:27: error: roles.body.letter-spacing: "1000em" must be from -0.1em to 0.5em"##),
    BadStyle("absolute letter spacing, measured against the role's size", "roles:\n  body: { size: 10pt, letter-spacing: 10pt }\n",
        ##"bad.yml:2:39: error: roles.body.letter-spacing: "10pt" (1em) must be from -0.1em to 0.5em"##),
    BadStyle("line height factor too large", "roles:\n  body: { line-height: 5 }\n",
        ##"bad.yml:2:24: error: roles.body.line-height: "5" must be from 0.8 to 3 (times the size)"##),
    BadStyle("line height length too large for the size", "roles:\n  body: { size: 10pt, line-height: 40pt }\n",
        ##"bad.yml:2:36: error: roles.body.line-height: "40pt" (4em) must be from 0.8em to 3em"##),
    BadStyle("a new size under an inherited line height", "roles:\n  body: { line-height: 14pt }\n  quote: { size: 30pt }\n",
        ##"bad.yml:3:18: error: roles.quote.size: at this size, the line height 14pt it inherits is 0.467em; it must be from 0.8em to 3em"##),
    BadStyle("space after out of range", "roles:\n  title: { space-after: 5cm }\n",
        ##"bad.yml:2:25: error: roles.title.space-after: "5cm" (141.732pt) must be from 0pt to 100pt"##),
    BadStyle("indent out of range", "roles:\n  body: { indent: 10em }\n",
        ##"bad.yml:2:19: error: roles.body.indent: "10em" (105pt) must be from 0pt to 50pt"##),
    BadStyle("a 50 m page", "page:\n  size: [50000mm, 297mm]\n",
        ##"bad.yml:2:10: error: page.size[0]: "50000mm" must be from 50mm to 500mm"##),
    BadStyle("a page in points, too small", "page:\n  size: [100pt, 297mm]\n",
        ##"bad.yml:2:10: error: page.size[0]: "100pt" (35.278mm) must be from 50mm to 500mm"##),
    BadStyle("a margin out of range", "page:\n  margins: { top: 150mm }\n",
        ##"bad.yml:2:19: error: page.margins.top: "150mm" must be from 0mm to 100mm"##),
    BadStyle("margins that leave no height", "page:\n  size: a5\n  columns: 1\n  margins: { top: 90mm, bottom: 95mm }\n",
        ##"bad.yml:4:12: error: page: the top and bottom margins leave 25 mm of height; at least 30 mm needed"##),
    BadStyle("a 2 m bleed", "page:\n  bleed: 2000mm\n",
        ##"bad.yml:2:10: error: page.bleed: "2000mm" must be from 0mm to 10mm"##),
    BadStyle("a wide gutter", "page:\n  gutter: 4cm\n",
        ##"bad.yml:2:11: error: page.gutter: "4cm" (40mm) must be from 0mm to 30mm"##),
    BadStyle("card padding out of range", "card:\n  padding: 1000px\n",
        ##"bad.yml:2:12: error: card.padding: "1000px" must be from 0px to 300px"##),
    BadStyle("card band out of range", "card:\n  band-height: 4in\n",
        ##"bad.yml:2:16: error: card.band-height: "4in" (384px) must be from 0px to 300px"##),
    BadStyle("a title rule out of range", "decorations:\n  title-rule: 1cm\n",
        ##"bad.yml:2:15: error: decorations.title-rule: "1cm" (28.346pt) must be from 0pt to 6pt"##),
    BadStyle("a 500 mm box border", "decorations:\n  boxes:\n    quote: { border: 500mm }\n",
        ##"bad.yml:3:22: error: decorations.boxes.quote.border: "500mm" (1417.323pt) must be from 0pt to 6pt"##),
    BadStyle("a box radius out of range", "decorations:\n  boxes:\n    quote: { radius: 50pt }\n",
        ##"bad.yml:3:22: error: decorations.boxes.quote.radius: "50pt" must be from 0pt to 36pt"##),
    BadStyle("a title band padding out of range", "decorations:\n  title-band: { padding: 5cm }\n",
        ##"bad.yml:2:26: error: decorations.title-band.padding: "5cm" (50mm) must be from 0mm to 30mm"##),
    BadStyle("a bullet of many characters", "decorations:\n  bullet: \"-----\"\n",
        ##"bad.yml:2:11: error: decorations.bullet: "-----" must be 1 to 4 characters"##),
    BadStyle("a format's gutter out of range", "formats:\n  a5: { gutter: 50mm }\n",
        ##"bad.yml:2:17: error: formats.a5.gutter: "50mm" must be from 0mm to 30mm"##),
    BadStyle("a fold margin out of range", "formats:\n  trifold: { fold-margin: 40mm }\n",
        ##"bad.yml:2:27: error: formats.trifold.fold-margin: "40mm" must be from 0mm to 30mm"##),
]

/// OpenType feature strings that HarfBuzz would drop without a word.
let featureErrors: [BadStyle] = [
    BadStyle("junk features", "roles:\n  body: { features: \"!!, ##\" }\n",
        ##"bad.yml:2:21: error: roles.body.features: "!!" is not an OpenType feature (a four-letter tag such as smcp, liga or onum, then =0 or =1 if needed)"##),
    BadStyle("a misspelt feature", "roles:\n  heading-1: { features: \"onun=1\" }\n",
        ##"bad.yml:2:26: error: roles.heading-1.features: "onun=1" is not an OpenType feature (a four-letter tag such as smcp, liga or onum, then =0 or =1 if needed); did you mean "onum"?"##),
    BadStyle("a feature value out of range", "roles:\n  body: { features: \"salt=99999999\" }\n",
        ##"bad.yml:2:21: error: roles.body.features: "salt=99999999": the value of salt must be a whole number from 0 to 99"##),
    BadStyle("a feature given twice", "roles:\n  body: { features: \"liga, -liga\" }\n",
        ##"bad.yml:2:21: error: roles.body.features: liga is given twice"##),
    BadStyle("an empty feature item", "roles:\n  body: { features: \"liga,, onum\" }\n",
        ##"bad.yml:2:21: error: roles.body.features: an empty item (write features as "smcp, onum=1")"##),
]

/// A sheet extends a style of the folders or a sheet beside it, and reads nothing else.
let extendsErrors: [BadStyle] = [
    BadStyle("extends a file outside the styles", "extends: /etc/passwd\n",
        ##"bad.yml:1:10: error: extends: "/etc/passwd" is not a style: a sheet extends a style by name (bad) or a .yml file in its own folder"##),
    BadStyle("extends a sheet in the folder above", "extends: ../bad.yml\n",
        ##"bad.yml:1:10: error: extends: "../bad.yml" is not a style: a sheet extends a style by name (bad) or a .yml file in its own folder"##),
    BadStyle("extends a file that is not a style sheet", "extends: ./notes.txt\n",
        ##"bad.yml:1:10: error: extends: "./notes.txt" is not a style: a sheet extends a style by name (bad) or a .yml file in its own folder"##),
    BadStyle("extends a missing sheet beside it", "extends: ./parent.yml\n",
        ##"bad.yml:1:10: error: extends: no style sheet "parent.yml" beside this one"##),
]

/// YAML the loader refuses before building a tree: alias bombs, deep nesting.
let yamlErrors: [BadStyle] = [
    BadStyle("billion laughs", (["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
                                + (1...9).map { "a\($0): &a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 10).joined(separator: ", ") + "]" })
                                .joined(separator: "\n"),
        ##"bad.yml:4:45: error: more than 10000 YAML values once aliases (*name) are expanded: a style sheet is not that large"##),
    BadStyle("many aliases", "a: &a lol\nb: [" + Array(repeating: "*a", count: 150).joined(separator: ", ") + "]\n",
        ##"bad.yml:2:405: error: more than 100 YAML aliases (*name): a style sheet needs few, if any"##),
    BadStyle("deep nesting", "a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n",
        ##"bad.yml:1:35: error: YAML values nested more than 32 levels deep: a style sheet is not that deep"##),
    BadStyle("an alias to nothing", "roles: *nothing\n",
        ##"bad.yml:1:8: error: YAML syntax: found undefined alias"##),
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
