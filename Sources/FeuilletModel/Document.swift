/// An article as the layout sees it: metadata plus a tree of blocks.
/// Value types only, so a document can be shared freely between workers.
public struct Document: Sendable, Equatable {
    public var metadata: Metadata
    public var blocks: [Block]
    /// What the file holds that no output can show (a code block, HTML, a footnote), where
    /// it is: `check` makes each an error and every output's report carries it, so a
    /// leaflet never goes out missing a part of its article unsaid.
    public var notShown: [Diagnostic]

    public init(metadata: Metadata, blocks: [Block], notShown: [Diagnostic] = []) {
        self.metadata = metadata
        self.blocks = blocks
        self.notShown = notShown
    }
}

/// What the front matter (or the scraped page) says about the article.
public struct Metadata: Sendable, Equatable {
    public var title: String
    /// The short answer, shown as the lead of a leaflet and on cards.
    public var summary: String?
    public var lang: String
    /// Who published the text (a name), and where (a URL), if known.
    public var source: String?
    public var sourceURL: String?
    /// ISO 8601 date (yyyy-mm-dd) of the article; also the PDF creation date.
    public var date: String?
    public var author: String?
    /// The "À retenir" messages given in the front matter (`key-messages:`), in order.
    public var keyMessages: [String]
    /// The photo of the cards (`image:`, a file of the article's folder), where its subject
    /// is (`image-focus:`) and what it shows (`image-alt:`, else the alt text of the
    /// article's figure of that file). Without `image:`, cards use the article's first figure.
    public var image: Figure?
    public var imageFocus: ImageFocus?
    public var imageAlt: String?
    /// What the author chose for the cards (`cards:`).
    public var cards = CardChoices()
    /// Anything else the importer kept (counts of views, likes…), in file order.
    public var extra: [String: String]

    /// An article's language when its front matter says none.
    public static let defaultLanguage = "fr"

    public init(title: String, summary: String? = nil, lang: String = Metadata.defaultLanguage, source: String? = nil,
                sourceURL: String? = nil, date: String? = nil, author: String? = nil, keyMessages: [String] = [], extra: [String: String] = [:]) {
        self.title = title
        self.summary = summary
        self.lang = lang
        self.source = source
        self.sourceURL = sourceURL
        self.date = date
        self.author = author
        self.keyMessages = keyMessages
        self.extra = extra
    }
}
