import Foundation
import Testing
@testable import FeuilletStyle

@Suite("A resolved style printed as YAML (feuillet styles show)")
struct StylePrinterTests {
    @Test("the printed style loads back to the same style, and prints the same", arguments: shippedStyles)
    func loadsBack(name: String) throws {
        let sheet = try shipped(name)
        let yaml = StylePrinter.yaml(sheet, folder: Repo.styles)
        let folder = try StyleFolder(["\(name).yml": yaml])
        defer { folder.remove() }
        // The logo's files beside the printed sheet, as the shipped one has them.
        try FileManager.default.copyItem(at: Repo.styles.appendingPathComponent("logos"), to: folder.url.appendingPathComponent("logos"))
        let again = try StyleLoader(folders: [folder.url], knownFamilies: manifestFamilies).load(name)
        #expect(again.palette == sheet.palette)
        #expect(again.page == sheet.page)
        #expect(again.card == sheet.card)
        #expect(again.decorations == sheet.decorations)
        #expect(again.typography == sheet.typography)
        #expect(again.logo.map { [$0.width, $0.cardWidth] } == sheet.logo.map { [$0.width, $0.cardWidth] } && again.logo?.alt == sheet.logo?.alt)
        #expect(again.logo?.file.hasSuffix("/logos/\(name).svg") == true, "\(String(describing: again.logo))")
        // Role sizes are printed to a thousandth of a point: compare them as printed.
        #expect(StylePrinter.yaml(again, folder: folder.url) == yaml)
    }

    @Test("extends, font names and palette names are resolved; every role is listed")
    func resolved() throws {
        let folder = try StyleFolder(["parent.yml": ExtendsTests.parent, "child.yml": ExtendsTests.child])
        defer { folder.remove() }
        let yaml = StylePrinter.yaml(try folder.loader.load("child"))
        #expect(!yaml.contains("\nextends:"))
        #expect(!yaml.contains("\nfonts:"))
        #expect(yaml.contains("description: \"Child\""))
        #expect(yaml.contains("  size: [148mm, 210mm]"), "the parent's A5")
        #expect(yaml.contains("  title:\n    family: \"DejaVu Sans\"\n    weight: 700\n    italic: false\n    emphasis: italic\n    size: 22pt\n"))
        #expect(yaml.contains("    color: \"#0044aa\""), "the accent, by value")
        for role in Role.allCases { #expect(yaml.contains("\n  \(role.rawValue):\n"), "\(role.rawValue) missing") }
    }

    @Test("long fractions of a point are rounded for reading")
    func numbers() {
        #expect(StylePrinter.number(14.374999999999998) == "14.375")
        #expect(StylePrinter.number(10) == "10")
        #expect(StylePrinter.number(-0.5) == "-0.5")
    }
}
