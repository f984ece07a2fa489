/// The values a typesetter accepts for each style key: out of these, a sheet is refused at
/// the value's line (Styles/README.md states the same ranges). Lengths in `em` are of the
/// role's font size; bounds are shown in the unit people use for that key.
enum StyleRanges {
    /// Running text; titles and headings; card text (cards are measured in px: 150 pt is 200 px).
    static func size(_ role: Role) -> LengthRange {
        switch role {
        case .title, .heading1, .heading2, .heading3: LengthRange(.pt(5), .pt(96))
        case .cardTitle, .cardBody, .cardFooter: LengthRange(.pt(8), .pt(150))
        default: LengthRange(.pt(5), .pt(36))
        }
    }
    /// A factor of the size, or a length between these times the size.
    static let lineHeight = LengthRange(Length(0.8, .em), Length(3, .em))
    static let letterSpacing = LengthRange(Length(-0.1, .em), Length(0.5, .em))
    static let space = LengthRange(.pt(0), .pt(100))
    static let indent = LengthRange(.pt(0), .pt(50))
    static let weight = 100...900

    static let pageSide = LengthRange(.mm(50), .mm(500))
    static let margin = LengthRange(.mm(0), .mm(100))
    static let columns = 1...4
    static let gutter = LengthRange(.mm(0), .mm(30))
    static let bleed = LengthRange(.mm(0), .mm(10))
    static let logoWidth = LengthRange(.mm(8), .mm(80))
    static let logoCardWidth = LengthRange(.px(40), .px(600))
    static let foldMargin = LengthRange(.mm(0), .mm(30))
    /// The narrowest column a page may have (about twelve letters of 10 pt text), and the
    /// least height margins may leave.
    static let minimumColumn = Length.mm(25)
    static let minimumTextHeight = Length.mm(30)
    static let pageMinScale = 50.0...100
    static let cardMinScale = 30.0...100
    /// Text on tall cards may grow up to two and a half times its size; a split photo takes 25–70 % of the card.
    static let cardTallScale = 100.0...250
    static let cardSplit = 25.0...70

    static let cardPadding = LengthRange(.px(0), .px(300))
    static let safeZone = LengthRange(.px(0), .px(600))
    static let bandHeight = LengthRange(.px(0), .px(300))
    static let titleLines = 1...12
    static let bodyLines = 1...30

    static let rule = LengthRange(.pt(0), .pt(6))
    static let titleBandPadding = LengthRange(.mm(0), .mm(30))
    static let border = LengthRange(.pt(0), .pt(6))
    static let radius = LengthRange(.pt(0), .pt(36))
    static let boxPadding = LengthRange(.pt(0), .pt(36))
    /// Characters of the bullet glyph.
    static let bullet = 1...4
    /// A table's rules and hairlines are lines, not bands; past an em and a half of room
    /// around its text, a narrow column has none left for its words.
    static let tableRule = LengthRange(.pt(0), .pt(3))
    static let tableRowRule = LengthRange(.pt(0), .pt(2))
    static let cellPadding = LengthRange(Length(0, .em), Length(1.5, .em))

    static let maxConsecutiveHyphens = 1...3
}

/// A closed range of lengths; `em` and `%` bounds (and values) are resolved against a
/// reference size.
struct LengthRange {
    let lower: Length, upper: Length

    init(_ lower: Length, _ upper: Length) {
        self.lower = lower
        self.upper = upper
    }

    func contains(_ length: Length, reference: Double) -> Bool {
        let points = length.points(relativeTo: reference)
        let slack = 1e-9 * max(1, abs(points))
        return points >= lower.points(relativeTo: reference) - slack && points <= upper.points(relativeTo: reference) + slack
    }

    /// "from 5pt to 36pt"
    var text: String { "from \(lower) to \(upper)" }

    /// `length` in the range's unit, when it is written in another one ("600pt" for "50em").
    func converted(_ length: Length, reference: Double) -> String? {
        guard length.unit != upper.unit else { return nil }
        let one = Length(1, upper.unit).points(relativeTo: reference)
        guard one != 0 else { return nil }
        return StylePrinter.number(length.points(relativeTo: reference) / one) + upper.unit.rawValue
    }
}
