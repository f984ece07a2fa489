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
    /// Closes a digest (`--fit digest`): the reader knows the leaflet is not the whole article.
    static func digest(online: Bool) -> String {
        online ? "Ce dépliant en donne l’essentiel\u{00A0}; l’article complet est en ligne." : "Ce dépliant en donne l’essentiel."
    }
    static func source(_ source: String) -> String { "Source\u{00A0}: \(source)" }
    static func date(_ date: String) -> String { "Date\u{00A0}: \(FrenchDate.long(date))" }
}
