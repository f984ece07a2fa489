/// How a card arranges its text and picture. A style chooses one per kind of card and
/// shape of preset (`card.layouts`); an author may choose another for one card in the
/// front matter (`cards: { title: { layout: photo } }`). Both name them so.
public enum CardLayout: String, Sendable, CaseIterable {
    /// Type alone on the card's colour, the block on the grid at the optical centre.
    case type
    /// The photo over the whole card, the text on a scrim dark enough to read (4.5:1).
    case photo
    /// The photo on one side (wide cards) or as a band (square and tall), the text on the other.
    case split
    /// A figure ("1 sur 10", "15 min") set very large, its sentence under it.
    case figure
    /// A sentence between guillemets beside an accent bar, its source under it.
    case quote
}
