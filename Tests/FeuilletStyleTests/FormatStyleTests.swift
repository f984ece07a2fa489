import Foundation
import Testing
@testable import FeuilletStyle
import FeuilletModel

@Suite("Print format templates in a style sheet (formats.<name>, page.min-scale)")
struct FormatStyleTests {
    static let tuned = """
        palette: { accent: "#123456" }
        page: { min-scale: 85% }
        formats:
          a5: { columns: 2, gutter: 5mm, margins: { top: 20mm, left: 14mm }, key-messages: cover, back: [source, disclaimer] }
          trifold: { fold-margin: 12mm, cover-background: accent, key-messages: body }
          dl: { back: [] }
        """

    @Test("every key is read; what a sheet leaves out stays nil, for the preset")
    func decoded() throws {
        let sheet = try loadStyle(["tuned.yml": Self.tuned], load: "tuned")
        #expect(sheet.page.minScale == 0.85)
        let a5 = try #require(sheet.formats["a5"])
        #expect(a5.columns == 2 && a5.gutter == .mm(5))
        #expect(a5.margins == PartialInsets(top: .mm(20), left: .mm(14)))
        #expect(a5.keyMessages == .cover && a5.back == [.source, .disclaimer])
        #expect(a5.foldMargin == nil && a5.coverBackground == nil)
        let trifold = try #require(sheet.formats["trifold"])
        #expect(trifold.foldMargin == .mm(12) && trifold.coverBackground == .color(Color(parsing: "#123456")!))
        #expect(sheet.formats["dl"]?.back == [])
        #expect(sheet.formats["a4"] == nil)
        #expect(try loadStyle(["plain.yml": "description: x\n"], load: "plain").page.minScale == 0.8)
        #expect(try loadStyle(["none.yml": "formats: { trifold: { cover-background: none } }\n"], load: "none").formats["trifold"]?.coverBackground == .page)
    }

    @Test("the tuned formats print as YAML that loads back the same")
    func printed() throws {
        let sheet = try loadStyle(["tuned.yml": Self.tuned], load: "tuned")
        let yaml = StylePrinter.yaml(sheet)
        #expect(yaml.contains("  min-scale: 85%"))
        #expect(yaml.contains("formats:\n  a4:") == false)
        #expect(yaml.contains("  a5:\n    columns: 2\n    gutter: 5mm\n    margins: { top: 20mm, left: 14mm }\n    key-messages: cover\n    back: [source, disclaimer]\n"))
        let again = try loadStyle(["tuned.yml": yaml], load: "tuned")
        #expect(again.formats == sheet.formats)
        #expect(again.page == sheet.page)
    }

    static let bad: [(String, String)] = [
        ("formats: { a3: { columns: 1 } }\n", "bad.yml:1:12: error: formats.a3: unknown key; did you mean \"a4\"?"),
        ("formats: { a5: { colums: 1 } }\n", "bad.yml:1:18: error: formats.a5.colums: unknown key; did you mean \"columns\"?"),
        ("formats: { a5: { fold-margin: 9mm } }\n", "bad.yml:1:18: error: formats.a5.fold-margin: unknown key"),
        ("formats: { dl: { key-messages: flap } }\n", "bad.yml:1:32: error: formats.dl.key-messages: \"flap\" is not one of cover, body, back"),
        ("formats: { trifold: { back: [source, dte] } }\n", "bad.yml:1:38: error: formats.trifold.back: \"dte\" is not one of source, author, date, disclaimer; did you mean \"date\"?"),
        ("formats: { trifold: { back: source } }\n", "bad.yml:1:29: error: formats.trifold.back: expected a list, e.g. [source, date, disclaimer]"),
        ("page: { min-scale: 0.8 }\n", "bad.yml:1:20: error: page.min-scale: \"0.8\" must be a percentage from 50% to 100%"),
        ("page: { min-scale: 40% }\n", "bad.yml:1:20: error: page.min-scale: \"40%\" must be a percentage from 50% to 100%"),
    ]

    @Test("bad format keys and values stop the load at their place", arguments: bad.indices)
    func errors(_ i: Int) throws {
        let (yaml, expected) = Self.bad[i]
        let (diagnostic, folder) = try loadError(["bad.yml": yaml], load: "bad")
        defer { folder.remove() }
        #expect(diagnostic.description == folder.shown("bad.yml").dropLast("bad.yml".count) + expected)
    }
}
