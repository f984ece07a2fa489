/// The Q&A site's interface text that scraping copies along with an article: view counts
/// ("34 voir"), the comment and like bar ("Commentez 0 J'aime"), share buttons.
struct SiteChrome {
    /// Counts read from the line, keyed "views", "comments" or "likes" (digits only).
    var counts: [String: String]
    /// True for the comment/like bar, which closes the page's header (question + short answer).
    var closesHeader: Bool

    /// What each label counts; nil for the share buttons, which count nothing.
    private static let labels: [String: String?] = [
        "voir": "views", "vue": "views", "vues": "views", "vu": "views", "vus": "views",
        "commentez": "comments", "commentaire": "comments", "commentaires": "comments",
        "j'aime": "likes", "j’aime": "likes", "partager": nil, "partagez": nil,
    ]

    /// Reads a line made only of chrome items, each a label optionally preceded by its count
    /// (the site writes the number first, which may be grouped: "1 234 vues"); nil when
    /// anything else is on the line. Read word by word: a regular expression per line made
    /// the raw importer ten times slower.
    init?(line: some StringProtocol) {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        counts = [:]
        closesHeader = false
        var count = ""
        for word in words {
            let digits = word.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            if digits.first == "." { return nil }
            count += digits.filter(\.isNumber)
            let rest = word.dropFirst(digits.count)
            if rest.isEmpty { continue }
            guard let key = Self.labels[rest.lowercased()] else { return nil }
            if key == "comments" || key == "likes" { closesHeader = true }
            if let key, !count.isEmpty { counts[key] = count }
            count = ""
        }
        guard count.isEmpty else { return nil }
    }
}
