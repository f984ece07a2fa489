import Testing
@testable import FeuilletStyle

@Suite("Length and Color parsing")
struct LengthColorTests {
    /// (text, value, unit, points relative to a 10 pt font)
    static let lengths: [(String, Double, Length.Unit, Double)] = [
        ("10.5pt", 10.5, .pt, 10.5),
        ("16mm", 16, .mm, 16 * 72 / 25.4),
        ("1in", 1, .in, 72),
        ("2cm", 2, .cm, 2 * 72 / 2.54),
        ("96px", 96, .px, 72),
        ("1.5em", 1.5, .em, 15),
        ("120%", 120, .percent, 12),
        ("-0.02em", -0.02, .em, -0.2),
        (" 3pt ", 3, .pt, 3),
    ]

    @Test(arguments: lengths)
    func length(text: String, value: Double, unit: Length.Unit, points: Double) throws {
        let length = try #require(Length(parsing: text))
        #expect(length.value == value)
        #expect(length.unit == unit)
        #expect(abs(length.points(relativeTo: 10) - points) < 1e-9)
        #expect(length.isRelative == (unit == .em || unit == .percent))
    }

    @Test(arguments: ["12", "10pz", "pt", "", "1 0pt", "10 pt", "nanpt", "infpt", "ten pt", "12PT", "mm16"])
    func notALength(text: String) {
        #expect(Length(parsing: text) == nil)
    }

    @Test func lengthDescription() {
        #expect(Length(parsing: "10.5pt")?.description == "10.5pt")
        #expect(Length(parsing: "16mm")?.description == "16mm")
        #expect(Length(parsing: "120%")?.description == "120%")
        #expect(Length.zero.points() == 0)
    }

    /// (text, red, green, blue, alpha) in 0…255 and 0…1 alpha
    static let colours: [(String, Double, Double, Double, Double)] = [
        ("#abc", 0xaa, 0xbb, 0xcc, 1),
        ("#aabbcc", 0xaa, 0xbb, 0xcc, 1),
        ("#AABBCC", 0xaa, 0xbb, 0xcc, 1),
        ("#aabbcc80", 0xaa, 0xbb, 0xcc, 128.0 / 255),
        ("rgb(255, 0, 0)", 255, 0, 0, 1),
        ("rgba(0,0,0,0.5)", 0, 0, 0, 0.5),
        ("  #000  ", 0, 0, 0, 1),
    ]

    @Test(arguments: colours)
    func colour(text: String, r: Double, g: Double, b: Double, a: Double) throws {
        let c = try #require(Color(parsing: text))
        #expect(abs(c.red - r / 255) < 1e-9)
        #expect(abs(c.green - g / 255) < 1e-9)
        #expect(abs(c.blue - b / 255) < 1e-9)
        #expect(abs(c.alpha - a) < 1e-9)
    }

    @Test(arguments: ["#12345", "#ggg", "#", "", "abc", "aabbcc", "#aabbccd", "rgb(256, 0, 0)", "rgb(-1, 0, 0)",
                      "rgb(1, 2)", "rgb(1, 2, 3, 4, 5)", "rgba(0, 0, 0, 2)", "rgb(a, b, c)", "rgb(1, 2, 3", "red"])
    func notAColour(text: String) {
        #expect(Color(parsing: text) == nil)
    }

    @Test func colourDescription() {
        #expect(Color(parsing: "#ABC")?.description == "#aabbcc")
        #expect(Color(parsing: "#aabbcc80")?.description == "#aabbcc80")
        #expect(Color(parsing: "rgb(255, 0, 0)")?.description == "#ff0000")
    }

    @Test func contrast() {
        #expect(abs(Color.black.contrast(with: .white) - 21) < 1e-9)
        #expect(abs(Color.white.contrast(with: .black) - 21) < 1e-9)
        #expect(Color.white.contrast(with: .white) == 1)
        #expect(Color.black.luminance == 0)
        #expect(abs(Color.white.luminance - 1) < 1e-9)
    }
}
