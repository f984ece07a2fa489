/// What a card shows, drawn from the article.
public enum CardKind: String, Sendable, CaseIterable {
    /// Title, short answer and source.
    case title
    /// The "À retenir" message (block quote) or front matter `highlight`.
    case key
    /// A sentence named in front matter `quote`.
    case quote
    /// A cover slide, one slide per item of the article's main list, a closing slide.
    case carousel
}
