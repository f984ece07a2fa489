import FeuilletTypesetting

/// The espace fine: French typography wants about an eighth of an em before ; ! ? », in
/// thousands and before a unit. Some fonts draw U+202F almost as wide as a word space
/// (Lato 0.25 em, Andika 0.20, Inter 0.18), which makes "10 %" read as two words; in those it is drawn narrower,
/// the character kept for copying and searching.
enum NarrowSpace {
    static let character = FrenchNormalizer.thin
    /// The width a narrow space is drawn at when the font's own is too wide, in ems.
    static let em = 0.125
    /// A font's own narrow space up to this many ems is kept as its designer drew it.
    static let widest = 1.0 / 6

    /// Points to add to the font's narrow space (none, or a negative amount) at `size`.
    static func correction(fontWidth: Double, size: Double) -> Double {
        fontWidth > widest * size ? em * size - fontWidth : 0
    }
}
