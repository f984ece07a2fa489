import FeuilletModel
import FeuilletStyle

/// One card as its kind and the author's choices make it, before layout: its layout, its
/// texts in reading order, its footer and its photo.
struct CardSpec {
    /// What a text is on the card: it decides its role's size and colour.
    enum Part { case heading, text, label, figure, number }

    struct Box {
        var text: String
        var role: Role
        var part: Part
    }

    var name: String
    var layout: CardLayout
    var boxes: [Box]
    var footer: String?
    /// "2/7" on a carousel's slides.
    var position: String?
    var photo: Figure?
    var focus: ImageFocus = .centre
    /// The closing slide shows the logo large, above its text, rather than in the footer.
    var closing = false
    /// What the card says, in words (its alt text); the photo's description is added when it is shown.
    var alt: String
}
