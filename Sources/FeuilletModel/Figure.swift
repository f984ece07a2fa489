/// A picture the article shows on a line of its own: Markdown `![alt](path "caption")`,
/// optionally followed by `{width=60%}` (a share of the column).
public struct Figure: Sendable, Equatable {
    /// The path as the article writes it.
    public var source: String
    /// The file it names, inside the article's folder; nil when it cannot be read.
    public var file: String?
    /// Why it cannot be read (remote, outside the folder, missing), in words.
    public var problem: String?
    /// What it shows, for readers who cannot see it (the PDF's `/Alt`).
    public var alt: String
    public var caption: String?
    /// The share of the column it takes (0.1…1), when the article says; else as wide as
    /// the column and its pixels allow.
    public var width: Double?
    /// The article and the line it is on, for messages.
    public var article: String
    public var line: Int

    public init(source: String, file: String?, problem: String? = nil, alt: String, caption: String? = nil, width: Double? = nil,
                article: String, line: Int) {
        self.article = article
        self.source = source
        self.file = file
        self.problem = problem
        self.alt = alt
        self.caption = caption
        self.width = width
        self.line = line
    }
}
