import FeuilletLayout

/// One output shape of a variant: a print format (one PDF) or a kind of card at a preset
/// (one PNG, or several for a carousel).
public enum BatchTarget: Sendable, Equatable, Hashable {
    case print(OutputFormat)
    case cards(CardKind, CardPreset)

    /// The name used in file names, plans and reports: `a4`, `card-og`, `carousel-square`.
    public var name: String {
        switch self {
        case .print(let format): format.rawValue
        case .cards(let kind, let preset): Cards.fileName(kind, preset: preset, slide: nil).replacingOccurrences(of: ".png", with: "")
        }
    }

    /// The files it writes, given how many pages layout made.
    func files(pages: Int) -> [String] {
        switch self {
        case .print(let format): ["\(format.rawValue).\(format.fileExtension)"]
        case .cards(let kind, let preset):
            pages > 1 ? (1...pages).map { Cards.fileName(kind, preset: preset, slide: $0) } : [Cards.fileName(kind, preset: preset, slide: nil)]
        }
    }

    /// What a batch makes when no manifest says otherwise: the leaflets, the title card
    /// at every preset and the carousel.
    static var defaults: [BatchTarget] {
        ["a4", "trifold"].compactMap(OutputFormat.init(rawValue:)).map(BatchTarget.print)
            + CardPreset.all.map { .cards(.title, $0) } + [.cards(.carousel, CardPreset(named: "square")!)]
    }

    /// Parses `a4`, `trifold`, `card-og` (title card), `carousel-square`, `key-portrait`…
    init?(name: String) {
        let parts = name.split(separator: "-", maxSplits: 1).map(String.init)
        if parts.count == 2, let kind = parts[0] == "card" ? .title : CardKind(rawValue: parts[0]), let preset = CardPreset(named: parts[1]) {
            self = .cards(kind, preset)
        } else if let format = OutputFormat(rawValue: name) {
            self = .print(format)
        } else {
            return nil
        }
    }
}

extension BatchTarget {
    /// Rough relative time to make it (a title card is 1), to share work between workers.
    var cost: Double {
        switch self {
        case .print(let format): format == .a4 ? 2 : 3
        case .cards(.carousel, _): 6
        case .cards: 1
        }
    }

    var isCarousel: Bool {
        if case .cards(.carousel, _) = self { true } else { false }
    }

    /// Pages grouped by the file they go to: a print format keeps them together, cards
    /// write one file per page.
    func split(_ pages: [Page]) -> [[Page]] {
        switch self {
        case .print: [pages]
        case .cards: pages.map { [$0] }
        }
    }
}
