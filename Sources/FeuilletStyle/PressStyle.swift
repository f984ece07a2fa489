/// What a style sets for the press file, besides `page.bleed`: the file a print shop takes
/// (`render --press`), as opposed to the office file, which is the trim alone.
public struct PressStyle: Sendable, Equatable {
    /// Crop marks at the corners and dashed fold marks, outside the bleed (`page.press.marks`;
    /// `--marks` / `--no-marks` override it).
    public var marks: Bool
    /// The inks the sheet gives its colours (`{ rgb: …, cmyk: […] }`, anywhere a colour is
    /// asked for), by colour: the press file prints that colour with them wherever it is drawn.
    public var inks: [Color: CMYK]

    public init(marks: Bool = true, inks: [Color: CMYK] = [:]) {
        self.marks = marks
        self.inks = inks
    }

    /// The least bleed a print shop takes (they ask 2–5 mm; 3 mm is the usual): the press
    /// file never has less unless `--bleed` says so, and `check --press` reports it then.
    public static let minimumBleed = Length.mm(3)

    static let keys = ["marks"]

    init(_ f: Fields) throws {
        self.init()
        marks = try f.bool("marks") ?? marks
    }
}
