import Foundation
import FeuilletModel

/// The pieces of an article that cards show, found once: the author's choices (`cards:`)
/// first, then what the article holds.
struct CardContent {
    struct Item { var number: String?; var term: String; var description: String? }

    var title: String
    var summary: String?
    var source: String?
    var date: String?
    var keyMessage: String?
    var quote: String?
    var items: [Item]
    /// The heading above the carousel's list: each slide's kicker.
    var itemsHeading: String?
    var callToAction: String?
    var choices: CardChoices

    /// A choice that names what the article does not have.
    struct BadChoice: Error { var message: String }

    /// `labels`: the article's language's, for its date.
    init(_ document: Document, labels: Labels) throws {
        let meta = document.metadata
        choices = meta.cards
        title = choices["title"]?.title ?? meta.title
        summary = choices["title"]?.text ?? meta.summary
        source = meta.source
        date = meta.date.map(labels.longDate)
        callToAction = choices.callToAction
        quote = choices["quote"]?.title ?? meta.extra["quote"]
        if let key = choices["key"], let n = key.message {
            guard n <= meta.keyMessages.count else {
                throw BadChoice(message: "front matter line \(key.line): cards.key.message is \(n), but `key-messages` has \(meta.keyMessages.count)")
            }
            keyMessage = meta.keyMessages[n - 1]
        } else {
            keyMessage = choices["key"]?.title ?? meta.extra["highlight"] ?? meta.keyMessages.first
                ?? document.blocks.lazy.compactMap(KeyMessageRule.message).first.map(Self.sentence)
        }
        let lists = Self.lists(document.blocks)
        if let carousel = choices["carousel"], let wanted = carousel.list {
            let named = Int(wanted).flatMap { (1...lists.count).contains($0) ? lists[$0 - 1] : nil }
                ?? lists.first { $0.heading.map { Self.folded($0).contains(Self.folded(wanted)) } ?? false }
            guard let named else {
                let known = lists.enumerated().map { "\($0 + 1) \"\($1.heading ?? "(no heading)")\"" }.joined(separator: ", ")
                throw BadChoice(message: "front matter line \(carousel.line): cards.carousel.list \"\(wanted)\" names no list of the article (its lists: \(known.isEmpty ? "none" : known))")
            }
            (itemsHeading, items) = named
        } else {
            (itemsHeading, items) = lists.first ?? (nil, [])
        }
    }

    /// "Source · 2 décembre 2026": who and when, for footers and the closing slide.
    var sourceLine: String? {
        let parts = [source, date].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The article's lists of at least two items, each with the heading above it; a leading
    /// bold phrase is an item's term, a numbered list's items keep their numbers.
    private static func lists(_ blocks: [Block]) -> [(heading: String?, items: [Item])] {
        var heading: String?, found: [(heading: String?, items: [Item])] = []
        for block in blocks {
            if case .heading(_, let inlines) = block { heading = inlines.plainText }
            guard case .list(let ordered, let start, let items) = block, items.count >= 2 else { continue }
            found.append((heading, items.enumerated().map { n, blocks in
                var item = Self.item(blocks)
                if ordered { item.number = "\(start + n)" }
                return item
            }))
        }
        return found
    }

    private static func item(_ blocks: [Block]) -> Item {
        guard case .paragraph(let inlines)? = blocks.first, case .strong(let term)? = inlines.first else {
            return Item(term: sentence(blocks.map(\.plainText).joined(separator: " ")), description: nil)
        }
        let rest = (Array(inlines.dropFirst()).plainText + blocks.dropFirst().map(\.plainText).joined(separator: " "))
            .trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ":\u{00A0}\u{202F}")))
        return Item(term: term.plainText, description: rest.isEmpty ? nil : sentence(rest))
    }

    /// Lower case without accents, typographic apostrophes or thin spaces, to find a heading
    /// by some of its words as the author typed them.
    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr"))
            .replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "’", with: "'")
    }

    /// A list item shown on its own: capital first letter, no trailing ; or ,.
    static func sentence(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ";,\u{00A0}\u{202F}")))
        return t.prefix(1).uppercased() + t.dropFirst()
    }

    /// The first figure a sentence gives with what it counts ("1 sur 10", "38 °C",
    /// "15 minutes", "80 %"), for the `figure` layout; a bare number (a phone's 15) is none.
    static func figure(in text: String) -> String? {
        let space = "[ \u{00A0}\u{202F}]?"
        let units = "%|°C|°|sur[ \u{00A0}\u{202F}]\\d+|ans?|mois|jours?|heures?|h|min(?:utes)?|semaines?|fois|doses?"
        guard let range = text.range(of: "\\d+(?:[,.]\\d+)?\(space)(?:\(units))(?![\\p{L}])", options: .regularExpression) else { return nil }
        return String(text[range])
    }
}
