import Foundation
import Testing
@testable import FeuilletStyle
import FeuilletModel

/// The studio's form of a style's colours and fonts: what it shows, and the sheet written
/// back with only those values changed.
@Suite struct StyleFieldsTests {
    static let sheet = """
        # A house style. Keep this line.
        extends: classique
        fonts:
          text: Inter   # the body
        palette:
          accent: "#0b57d0"
          muted: '#5b6270'
          background: { rgb: "#ffffff", cmyk: [0, 0, 0, 0] }
        card: { band-color: accent }
        """

    @Test func aSheetsOwnColoursAndFonts() throws {
        let fields = try StyleFields.read(Self.sheet, file: "house.yml")
        #expect(fields.map(\.path) == ["fonts.text", "palette.accent", "palette.muted"])
        #expect(fields.map(\.value) == ["Inter", "#0b57d0", "#5b6270"])
        #expect(fields.map(\.line) == [4, 6, 7])
    }

    @Test func valuesChangeInPlaceAndCommentsStay() throws {
        let written = try StyleFields.write(Self.sheet, file: "house.yml", changes: ["palette.accent": "#c0392b", "fonts.text": "Source Serif 4", "palette.muted": "#111111"])
        let expected = Self.sheet.replacingOccurrences(of: "\"#0b57d0\"", with: "\"#c0392b\"")
            .replacingOccurrences(of: "text: Inter   #", with: "text: \"Source Serif 4\"   #")
            .replacingOccurrences(of: "'#5b6270'", with: "\"#111111\"")
        #expect(written == expected)
        #expect(try StyleFields.read(written, file: "house.yml").map(\.value) == ["Source Serif 4", "#c0392b", "#111111"])
    }

    @Test func onlyTheSheetsOwnFieldsAreWritten() throws {
        #expect(throws: Diagnostic.self) { try StyleFields.write(Self.sheet, file: "house.yml", changes: ["palette.text": "#000000"]) }
        #expect(throws: Diagnostic.self) { try StyleFields.write(Self.sheet, file: "house.yml", changes: ["palette.background": "#000000"]) }
        #expect(throws: Diagnostic.self) { try StyleFields.write(Self.sheet, file: "house.yml", changes: ["palette.accent": "#000\nroles: {}"]) }
        let quote = try StyleFields.write(Self.sheet, file: "house.yml", changes: ["fonts.text": #"In"ter\"#])
        #expect(try StyleFields.read(quote, file: "house.yml").first?.value == #"In"ter\"#)
    }
}
