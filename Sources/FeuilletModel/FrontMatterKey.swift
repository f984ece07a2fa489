/// The keys an article's front matter may hold, in one table: the reader checks each value
/// against its row, an unknown key is compared with these names ("did you mean"), and
/// README lists the same rows (a test holds it to them). A new key is one row here, plus a
/// case in `FrontMatterReader.store` if it is not kept as text in `Metadata.extra`.
public struct FrontMatterKey: Sendable {
    public enum Kind: Sendable {
        /// One line of text.
        case text
        /// A list of texts (one text is a list of one).
        case texts
        /// yyyy-mm-dd.
        case date
        /// An http or https address.
        case webAddress
        /// A mapping of its own keys (`cards:`), checked by its reader.
        case mapping
    }

    public let name: String
    public let kind: Kind
    /// The most characters a value (each item of a list) may have.
    public let limit: Int
    /// What the key is for, as README says it.
    public let purpose: String

    public static let all: [FrontMatterKey] = [
        FrontMatterKey(name: "title", kind: .text, limit: 300, purpose: "the title (else the first `# heading`)"),
        FrontMatterKey(name: "summary", kind: .text, limit: 1_500, purpose: "the short answer: the lead of a leaflet, the text of a card"),
        FrontMatterKey(name: "lang", kind: .text, limit: 35, purpose: "the article's language (`fr`, `en`, `fr-CA`…): labels, dates, French spacing, the PDF's /Lang"),
        FrontMatterKey(name: "source", kind: .text, limit: 500, purpose: "who published the text, printed in the closing note"),
        FrontMatterKey(name: "source-url", kind: .webAddress, limit: 2_000, purpose: "where it is online: the closing note's link and QR code"),
        FrontMatterKey(name: "date", kind: .date, limit: 40, purpose: "yyyy-mm-dd: printed as a long date, the PDF's date"),
        FrontMatterKey(name: "author", kind: .text, limit: 300, purpose: "who wrote it: the closing note and the PDF's author"),
        FrontMatterKey(name: "key-messages", kind: .texts, limit: 500, purpose: "the \"À retenir\" messages (a list), instead of a block quote"),
        FrontMatterKey(name: "highlight", kind: .text, limit: 500, purpose: "the message of the `key` card (else the first key message)"),
        FrontMatterKey(name: "quote", kind: .text, limit: 500, purpose: "the text of the `quote` card"),
        FrontMatterKey(name: "image", kind: .text, limit: 500, purpose: "the cards' photo, a file of the article's folder (else its first figure)"),
        FrontMatterKey(name: "image-focus", kind: .text, limit: 40, purpose: "where the photo's subject is, across then down (`30% 60%`): every card's crop keeps it"),
        FrontMatterKey(name: "image-alt", kind: .text, limit: 500, purpose: "what the photo shows, for the cards' alt text"),
        FrontMatterKey(name: "cards", kind: .mapping, limit: 1_500, purpose: "what each card shows and how: layout, words, photo, list, message, call to action (README, \"Cards\")"),
        FrontMatterKey(name: "views", kind: .text, limit: 20, purpose: "the Q&A site's count, kept by `feuillet import`; not printed"),
        FrontMatterKey(name: "comments", kind: .text, limit: 20, purpose: "the same"),
        FrontMatterKey(name: "likes", kind: .text, limit: 20, purpose: "the same"),
    ]

    public static let names = all.map(\.name)

    public static func named(_ name: String) -> FrontMatterKey? { all.first { $0.name == name } }
}
