/// What a style sets for the press file (`page.press`), besides `page.bleed`: the file a
/// print shop takes (`render --press`), as opposed to the office file, which is the trim alone.
public struct PressStyle: Sendable, Equatable {
    /// Crop marks at the corners and dashed fold marks, outside the bleed (`--marks` /
    /// `--no-marks` override it).
    public var marks: Bool

    public init(marks: Bool = true) { self.marks = marks }

    /// The least bleed a print shop takes (they ask 2–5 mm; 3 mm is the usual): the press
    /// file never has less unless `--bleed` says so, and `check --press` reports it then.
    public static let minimumBleed = Length.mm(3)

    static let keys = ["marks"]

    init(_ f: Fields) throws {
        self.init()
        marks = try f.bool("marks") ?? marks
    }
}
