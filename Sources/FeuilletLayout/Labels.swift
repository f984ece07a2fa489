import FeuilletModel

/// The fixed texts Feuillet adds to an article, in one place.
enum Labels {
    static let disclaimer = "Ce document ne remplace pas l’avis d’un médecin."
    /// The title of the key-message box and card.
    static let keyMessages = KeyMessageRule.label
    /// What an empty trifold flap offers the reader, over ruled lines.
    static let notes = "Mes notes et questions"
    /// Beside the QR code of the article's address.
    static let fullArticle = "Article complet en ligne :"
    static func source(_ source: String) -> String { "Source\u{00A0}: \(source)" }
    static func date(_ date: String) -> String { "Date\u{00A0}: \(FrenchDate.long(date))" }
}
