import FeuilletModel
import FeuilletStyle

/// Social-media cards from an article: each kind of card takes the layout its style gives
/// it for the preset's shape (or the one the author chose in `cards:`), its text is fitted
/// (largest size that fits, balanced lines), stays inside the preset's safe area, and a
/// card that cannot hold its text fails with the card and the text named.
public struct CardComposer {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case doesNotFit(card: String, text: String, minimum: Double)
        case nothingToShow(card: String, hint: String)
        case badChoice(card: String, message: String)
        public var description: String {
            switch self {
            case .doesNotFit(let card, let text, let minimum):
                "card \(card): \"\(text.count > 60 ? text.prefix(57) + "…" : Substring(text))\" does not fit even at \(Int((minimum / Length.pointsPerPixel).rounded())) px, the style's smallest size (shorten it, or allow `ellipsis` in the style)"
            case .nothingToShow(let card, let hint): "card \(card): nothing to show (\(hint))"
            case .badChoice(let card, let message): "card \(card): \(message)"
            }
        }
    }

    public let engine: TextEngine
    public let style: StyleSheet
    /// The style's logo and the article's photos, decoded (the pipeline reads them).
    public var pictures = Pictures()
    /// The fixed texts (`TypesetDocument.labels`); nil: the table of the document's language.
    public var labels: Labels?

    public init(engine: TextEngine, style: StyleSheet) {
        self.engine = engine
        self.style = style
    }

    /// The pages of one kind of card (several for a carousel, all of the preset's size).
    public func cards(_ kind: CardKind, for document: Document, preset: CardPreset) throws -> [Page] {
        try layout(kind, for: document, preset: preset).pages
    }

    /// The cards of one kind with their structure (the slides of a carousel read in turn)
    /// and what layout warns of (a photo enlarged past its pixels).
    public func layout(_ kind: CardKind, for document: Document, preset: CardPreset) throws -> LayoutResult {
        let name = "\(kind.rawValue)-\(preset.name)"
        let labels = labels ?? Labels.of(document.metadata.lang)
        let content: CardContent
        do { content = try CardContent(document, labels: labels) } catch let bad as CardContent.BadChoice { throw Failure.badChoice(card: name, message: bad.message) }
        var structure = StructureTree(), warnings: [String] = []
        let slide = CardSlide(style: style, pictures: pictures, engine: engine, preset: preset, labels: labels)
        let pages = try specs(kind, name: name, content: content, labels: labels, document: document, shape: preset.shape).map { spec in
            do {
                return try slide.page(spec, structure: &structure, warnings: &warnings)
            } catch let failure as Failure where content.summary != nil && spec.boxes.contains(where: { $0.part == .text && $0.text == content.summary }) {
                // A cover too small for the title and its short answer (large print on a link
                // preview, which prints the description beside it) shows the title alone.
                guard case .doesNotFit(_, _, let minimum) = failure else { throw failure }
                var alone = spec
                alone.boxes.removeAll { $0.part == .text && $0.text == content.summary }
                alone.alt = alone.boxes.map(\.text).joined(separator: " ") + (content.sourceLine.map { " " + $0 } ?? "")
                let page = try slide.page(alone, structure: &structure, warnings: &warnings)
                warnings.append("card \(spec.name): the short answer is left out: with it the text does not fit even at "
                                + "\(Int((minimum / Length.pointsPerPixel).rounded())) px, the style's smallest size")
                return page
            }
        }
        return LayoutResult(pages: pages, structure: structure, warnings: warnings)
    }

    /// What each card of the kind shows, and how.
    private func specs(_ kind: CardKind, name: String, content: CardContent, labels: Labels, document: Document, shape: CardLayouts.Shape) throws -> [CardSpec] {
        let choices = content.choices
        func spec(_ key: String, _ name: String, _ boxes: [CardSpec.Box], footer: String?, alt: String) -> CardSpec {
            let choice = choices[key]
            return CardSpec(name: name, layout: choice?.layout ?? style.card.layout(key, shape), boxes: boxes, footer: footer,
                            photo: choice?.image ?? document.cardPhoto,
                            focus: choice?.imageFocus ?? document.metadata.imageFocus ?? .centre, alt: alt)
        }
        let cover = [CardSpec.Box(text: content.title, role: .cardTitle, part: .heading)]
            + (content.summary.map { [CardSpec.Box(text: $0, role: .cardBody, part: .text)] } ?? [])
        let coverAlt = ([content.title] + [content.summary, content.sourceLine].compactMap { $0 }).joined(separator: " ")
        /// The `figure` layout: the figure the author gives, else the first the card's text
        /// holds, set above it; without one, the card is type alone.
        func figured(_ card: CardSpec, _ key: String) -> CardSpec {
            guard card.layout == .figure else { return card }
            var card = card
            guard let heading = card.boxes.firstIndex(where: { $0.part == .heading }),
                  let figure = choices[key]?.figure ?? card.boxes[heading...].lazy.compactMap({ CardContent.figure(in: $0.text) }).first else {
                card.layout = .type
                return card
            }
            card.boxes[heading].role = .cardBody
            card.boxes[heading].part = .text
            card.boxes.insert(.init(text: figure, role: .cardTitle, part: .figure), at: heading)
            return card
        }
        switch kind {
        case .title:
            return [figured(spec("title", name, cover, footer: content.sourceLine, alt: coverAlt), "title")]
        case .key:
            guard let message = content.keyMessage else {
                throw Failure.nothingToShow(card: name, hint: "add `highlight:` or `key-messages:` to the front matter, or a block quote starting with \"\(labels[.keyMessages])\"")
            }
            return [figured(spec("key", name, [.init(text: labels[.keyMessages], role: .cardFooter, part: .label), .init(text: message, role: Self.role(for: message), part: .heading)],
                                 footer: content.sourceLine, alt: labels[.keyMessages] + (labels.isFrench ? "\u{00A0}: " : ": ") + message), "key")]
        case .quote:
            guard let quote = content.quote else { throw Failure.nothingToShow(card: name, hint: "add `quote:` to the front matter, or `cards: { quote: { title: … } }`") }
            let text = labels.quotation(quote)
            return [spec("quote", name, [.init(text: text, role: Self.role(for: quote), part: .heading)], footer: content.sourceLine,
                         alt: [text, content.sourceLine].compactMap { $0 }.joined(separator: " "))]
        case .carousel:
            guard !content.items.isEmpty else { throw Failure.nothingToShow(card: name, hint: "the article has no list of two items or more") }
            let count = content.items.count + 2
            func numbered(_ n: Int) -> String { "\(name)-\(n < 10 ? "0" : "")\(n)" }
            var first = spec("title", numbered(1), cover, footer: content.sourceLine, alt: labels.slide(1, of: count) + ". " + coverAlt)
            first.position = labels.page(1, of: count)
            var slides = [first]
            for (n, item) in content.items.enumerated() {
                // The list's heading over each item, as the key card's "À retenir".
                var boxes = content.itemsHeading.map { [CardSpec.Box(text: $0, role: .cardFooter, part: .label)] } ?? []
                if let number = item.number { boxes.append(.init(text: number, role: .cardTitle, part: .number)) }
                boxes.append(.init(text: item.term, role: Self.role(for: item.term), part: .heading))
                if let description = item.description { boxes.append(.init(text: description, role: .cardBody, part: .text)) }
                let words = ([item.number.map { $0 + "." }, item.term, item.description].compactMap { $0 }).joined(separator: " ")
                var slide = spec("carousel", numbered(n + 2), boxes, footer: content.title, alt: labels.slide(n + 2, of: count) + ". " + words)
                slide.position = labels.page(n + 2, of: count)
                slides.append(slide)
            }
            var closing = [CardSpec.Box]()
            if let call = content.callToAction { closing.append(.init(text: call, role: Self.role(for: call), part: .heading)) }
            closing.append(.init(text: content.sourceLine ?? content.title, role: .cardBody, part: .text))
            closing.append(.init(text: labels[.disclaimer], role: .cardBody, part: .text))
            var last = spec("closing", numbered(count), closing, footer: nil,
                            alt: labels.slide(count, of: count) + ". " + closing.map(\.text).joined(separator: " "))
            last.position = labels.page(count, of: count)
            last.closing = true
            slides.append(last)
            return slides
        }
    }

    /// Long text reads better at body size than as a giant title.
    static func role(for text: String) -> Role { text.count > 100 ? .cardBody : .cardTitle }
}
