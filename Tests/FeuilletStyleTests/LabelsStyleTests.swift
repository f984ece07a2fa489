import Foundation
import Testing
@testable import FeuilletStyle
import FeuilletModel

@Suite("A style's own labels (labels.<language>.<label>)")
struct LabelsStyleTests {
    @Test("a style's texts are read by language and label, and inherited through extends")
    func read() throws {
        let parent = "labels:\n  fr: { disclaimer: \"Parlez-en à votre pharmacien.\", page: \"page {page} sur {pages}\" }\n"
        let child = "extends: parent\nlabels:\n  en: { notes: \"Notes\" }\n"
        let sheet = try loadStyle(["parent.yml": parent, "child.yml": child], load: "child")
        #expect(sheet.labels == ["fr": [.disclaimer: "Parlez-en à votre pharmacien.", .page: "page {page} sur {pages}"], "en": [.notes: "Notes"]])
        #expect(StylePrinter.yaml(sheet).contains("  fr:\n    disclaimer: \"Parlez-en à votre pharmacien.\"\n"))
        #expect(StylePrinter.yaml(sheet).contains("  en:\n    disclaimer: \"This leaflet does not replace a doctor’s advice.\"\n"))
    }

    static let bad: [(String, String)] = [
        ("labels: { es: { notes: x } }\n", "bad.yml:1:11: error: labels.es: unknown key; did you mean \"en\"?"),
        ("labels: { fr: { disclamer: x } }\n", "bad.yml:1:17: error: labels.fr.disclamer: unknown key; did you mean \"disclaimer\"?"),
        ("labels: { fr: { source: \"Origine\" } }\n", "bad.yml:1:25: error: labels.fr.source: must show {source}"),
        ("labels: { fr: { source: \"Source : {sourse}\" } }\n", "bad.yml:1:25: error: labels.fr.source: {sourse} is not a value of source; did you mean \"source\"?"),
        ("labels: { en: { notes: \"{page}\" } }\n", "bad.yml:1:24: error: labels.en.notes: {page} is not a value of notes (this label shows no value)"),
        ("labels: { en: { notes: \"\" } }\n", "bad.yml:1:24: error: labels.en.notes: must be 1 to 200 characters long, not 0"),
        ("labels: { en: { notes: \"\(String(repeating: "a", count: 201))\" } }\n", "bad.yml:1:24: error: labels.en.notes: must be 1 to 200 characters long, not 201"),
    ]

    @Test("an unknown language or label, a missing or unknown {value}, a text too long: one line at its place", arguments: bad.indices)
    func errors(_ i: Int) throws {
        let (yaml, expected) = Self.bad[i]
        let (diagnostic, folder) = try loadError(["bad.yml": yaml], load: "bad")
        defer { folder.remove() }
        #expect(diagnostic.description == folder.shown("bad.yml").dropLast("bad.yml".count) + expected)
    }
}
