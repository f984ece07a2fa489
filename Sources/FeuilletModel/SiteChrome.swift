/// The Q&A site's interface text that scraping copies along with an article: view counts
/// ("34 voir"), the comment and like bar ("Commentez 0 J'aime"), share buttons.
struct SiteChrome {
    /// Counts read from the line, keyed "views", "comments" or "likes" (digits only).
    var counts: [String: String]
    /// True for the comment/like bar, which closes the page's header (question + short answer).
    var closesHeader: Bool

    /// Reads a line made only of chrome items; nil when anything else is on it.
    init?(line: some StringProtocol) {
        // One label, optionally preceded by its count: the site writes the number first.
        let item = /\s*(?:(\d[\d\u{00A0}\u{202F} .]*?)\s*)?(voir|vues?|vus?|commentez|commentaires?|j['’]aime|partager|partagez)(?=\s|$)/
            .ignoresCase()
        var rest = Substring(line.trimmed)
        guard !rest.isEmpty else { return nil }
        counts = [:]
        closesHeader = false
        while !rest.isEmpty {
            guard let match = rest.prefixMatch(of: item) else { return nil }
            rest = rest[match.range.upperBound...]
            let label = match.2.lowercased()
            let key: String? = switch label {
            case "voir", "vue", "vues", "vu", "vus": "views"
            case "commentez", "commentaire", "commentaires": "comments"
            case "partager", "partagez": nil
            default: "likes"
            }
            if key == "comments" || key == "likes" { closesHeader = true }
            if let key, let count = match.1 { counts[key] = count.filter(\.isNumber) }
        }
    }
}
