/// The fixed texts of one language, in one table per language (a style may replace any
/// of them, `labels.<language>.<label>` in its sheet), and the way that language writes a
/// date. The one home of every text Feuillet adds to an article.
public struct Labels: Sendable, Equatable {
    /// `fr`, `en`: the table's language.
    public let language: String
    public private(set) var texts: [Label: String]

    /// The languages with a table of their own; any other is given English labels.
    public static let tables: [String: Labels] = ["fr": french, "en": english]
    public static var languages: [String] { tables.keys.sorted() }

    static let french = Labels(language: "fr", texts: [
        .disclaimer: "Ce document ne remplace pas l’avis d’un médecin.",
        .keyMessages: "À retenir",
        .notes: "Mes notes et questions",
        .fullArticle: "Article complet en ligne\u{00A0}:",
        .digest: "Ce dépliant en donne l’essentiel.",
        .digestOnline: "Ce dépliant en donne l’essentiel\u{00A0}; l’article complet est en ligne.",
        .source: "Source\u{00A0}: {source}",
        .date: "Date\u{00A0}: {date}",
        .author: "Rédaction\u{00A0}: {author}",
        .page: "{page}/{pages}",
        .quotation: "«\u{202F}{quote}\u{202F}»",
        .photo: "Photo\u{00A0}: {alt}",
        .slide: "Diapositive {page} sur {pages}",
        .sheetTitle: "Feuillet — {count} variantes",
        .sheetContinued: "(suite)",
        .sheetFailed: "échec\u{00A0}: {reason}",
        .sheetSkipped: "ignoré\u{00A0}: {reason}",
        .sheetNoPicture: "pas d’image",
        .sheetNoThumbnails: "vignettes absentes (--force les refait)",
    ])

    static let english = Labels(language: "en", texts: [
        .disclaimer: "This leaflet does not replace a doctor’s advice.",
        .keyMessages: "Key points",
        .notes: "My notes and questions",
        .fullArticle: "Full article online:",
        .digest: "This leaflet gives the essentials.",
        .digestOnline: "This leaflet gives the essentials; the full article is online.",
        .source: "Source: {source}",
        .date: "Date: {date}",
        .author: "Written by {author}",
        .page: "{page}/{pages}",
        .quotation: "“{quote}”",
        .photo: "Photo: {alt}",
        .slide: "Slide {page} of {pages}",
        .sheetTitle: "Feuillet — {count} variants",
        .sheetContinued: "(continued)",
        .sheetFailed: "failed: {reason}",
        .sheetSkipped: "skipped: {reason}",
        .sheetNoPicture: "no picture",
        .sheetNoThumbnails: "thumbnails missing (--force makes them again)",
    ])

    /// The table of an article's `lang` (`fr-CA` is `fr`), English for a language without one.
    public static func of(_ lang: String) -> Labels {
        language(of: lang).flatMap { tables[$0] } ?? english
    }

    /// The language part of a tag (`fr-CA` → `fr`), if Feuillet has labels in it.
    public static func language(of lang: String) -> String? {
        let primary = lang.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return tables[primary] == nil ? nil : primary
    }

    /// French text gets French spacing; the one test of it.
    public var isFrench: Bool { language == "fr" }

    /// This table with a style's texts in place of its own.
    public func replacing(_ overrides: [Label: String]) -> Labels {
        var copy = self
        copy.texts.merge(overrides) { _, new in new }
        return copy
    }

    /// Every text passed through `transform` (French spacing for a style's French texts).
    public func map(_ transform: (String) -> String) -> Labels {
        var copy = self
        copy.texts = texts.mapValues(transform)
        return copy
    }

    public subscript(label: Label) -> String { texts[label] ?? "" }

    public func source(_ source: String) -> String { fill(.source, ["source": source]) }
    public func date(_ iso: String) -> String { fill(.date, ["date": longDate(iso)]) }
    public func author(_ author: String) -> String { fill(.author, ["author": author]) }
    public func page(_ page: Int, of count: Int) -> String { fill(.page, ["page": "\(page)", "pages": "\(count)"]) }
    public func quotation(_ quote: String) -> String { fill(.quotation, ["quote": Self.unquoted(quote)]) }

    /// A quote the author wrote with its own marks («…», "…", “…”) loses them: the label
    /// gives it the language's, and « « … » » would read doubled.
    static func unquoted(_ quote: String) -> String {
        let marks: [(Character, Character)] = [("«", "»"), ("\"", "\""), ("“", "”"), ("„", "“"), ("‹", "›")]
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]
        var text = Substring(quote)
        while let first = text.first, spaces.contains(first) { text.removeFirst() }
        while let last = text.last, spaces.contains(last) { text.removeLast() }
        guard text.count > 2, let (_, close) = marks.first(where: { $0.0 == text.first }), text.last == close else { return String(text) }
        text = text.dropFirst().dropLast()
        while let first = text.first, spaces.contains(first) { text.removeFirst() }
        while let last = text.last, spaces.contains(last) { text.removeLast() }
        return String(text)
    }
    public func photo(_ alt: String) -> String { fill(.photo, ["alt": alt]) }
    public func slide(_ page: Int, of count: Int) -> String { fill(.slide, ["page": "\(page)", "pages": "\(count)"]) }
    public func digest(online: Bool) -> String { self[online ? .digestOnline : .digest] }
    public func sheetTitle(variants: Int) -> String { fill(.sheetTitle, ["count": "\(variants)"]) }
    public func sheetFailed(_ reason: String) -> String { fill(.sheetFailed, ["reason": reason]) }
    public func sheetSkipped(_ reason: String) -> String { fill(.sheetSkipped, ["reason": reason]) }

    /// The date as this language writes it in full: `15 septembre 2026`, `1er mars 2026`,
    /// `15 September 2026`. Anything but yyyy-mm-dd is given back as it is.
    public func longDate(_ iso: String) -> String {
        LongDate(iso).map { isFrench ? $0.french : $0.english } ?? iso
    }

    private func fill(_ label: Label, _ values: [String: String]) -> String {
        var text = self[label]
        for (name, value) in values.sorted(by: { $0.key < $1.key }) { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }
}
