import FeuilletModel
import FeuilletLayout

/// One shape a variant takes: a print format (one PDF) or a kind of card at a preset (one
/// PNG, or one per slide for a carousel). It owns everything that depends on the shape
/// alone: its name, its files, its file types and what it costs to make.
///
/// A print format is made for an office printer (the page is the trim, RGB, as a screen
/// shows it) or, `press`, for a print shop: `a4-press.pdf`, PDF/X-4 in CMYK with bleed,
/// marks, TrimBox and BleedBox. Its own target, since it is its own file, made and
/// checked on its own (in a batch, its own job).
public enum Target: Sendable, Hashable {
    case print(PrintFormat, press: Bool = false)
    case cards(CardKind, CardPreset)

    /// The title card at a preset.
    public static func card(_ preset: CardPreset) -> Target { .cards(.title, preset) }
    public static let a4 = Target.print(.a4)
    public static let cardSquare = Target.card(CardPreset(named: "square")!)

    /// The name used on the command line, in file names, plans and reports: `a4`,
    /// `card-og` (title card), `carousel-square`, `key-1080x1350`.
    public var name: String {
        switch self {
        case .print(let format, let press): press ? format.name + Self.pressSuffix : format.name
        case .cards(let kind, let preset): "\(Self.stem(kind))-\(preset.name)"
        }
    }

    /// What the press file's name adds to its format's: `a4-press`, `a4-press.pdf`.
    static let pressSuffix = "-press"

    /// The print shop's file of the same format (nil for cards, which are never printed so).
    public var press: Target? {
        if case .print(let format, _) = self { .print(format, press: true) } else { nil }
    }

    public var isPress: Bool {
        if case .print(_, true) = self { true } else { false }
    }

    /// Parses a name as `name` writes it.
    public init?(name: String) {
        if let format = PrintFormat(named: name) {
            self = .print(format)
            return
        }
        if name.hasSuffix(Self.pressSuffix), let format = PrintFormat(named: String(name.dropLast(Self.pressSuffix.count))) {
            self = .print(format, press: true)
            return
        }
        let parts = name.split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = CardKind.allCases.first(where: { Self.stem($0) == parts[0] }),
              let preset = CardPreset(named: parts[1]) else { return nil }
        self = .cards(kind, preset)
    }

    /// A title card's files start with `card`, other kinds with their own name.
    private static func stem(_ kind: CardKind) -> String { kind == .title ? "card" : kind.rawValue }

    /// Every name a target can have, for help texts and error messages.
    /// Every name a person can write but the `WxH` presets: what "did you mean" compares a
    /// misspelt format with.
    public static var spelledNames: [String] {
        let print = PrintFormat.all.map(\.name)
        return print + print.map { $0 + pressSuffix } + CardKind.allCases.flatMap { kind in CardPreset.all.map { "\(stem(kind))-\($0.name)" } }
    }

    /// A name, or an error that says which names there are and the closest one.
    public static func named(_ name: String) throws -> Target {
        guard let target = Target(name: name) else { throw UnknownName(name: name) }
        return target
    }

    public struct UnknownName: Error, CustomStringConvertible {
        public var name: String
        public var description: String {
            "\"\(name)\" is not a format\(Suggestion.hint(for: name, in: Target.spelledNames)) (formats: \(Target.names.joined(separator: ", ")))"
        }
    }

    public static var names: [String] {
        PrintFormat.all.map(\.name) + ["<format>\(pressSuffix)"] + CardKind.allCases.map { "\(stem($0))-<preset>" } + ["<preset>: " + CardPreset.all.map(\.name).joined(separator: ", ") + " or WxH"]
    }

    /// What a batch makes when no manifest says otherwise: the A4 and three-panel
    /// leaflets, the title card at every preset and the square carousel.
    public static var defaults: [Target] {
        [.print(.a4), .print(.trifold)] + CardPreset.all.map(card) + [.cards(.carousel, CardPreset(named: "square")!)]
    }

    public var isPrint: Bool {
        if case .print = self { true } else { false }
    }

    public var isCarousel: Bool {
        if case .cards(.carousel, _) = self { true } else { false }
    }

    /// PDF for leaflets, PNG for cards.
    public var defaultType: FileType { isPrint ? .pdf : .png }

    /// Cards are pictures for feeds: PNG or SVG, never PDF; the press file is a PDF only.
    public var types: [FileType] { isPress ? [.pdf] : isPrint ? FileType.allCases : [.png, .svg] }

    /// The files a rendition of `pages` pages is written to, as `type`: one PDF, or one
    /// image per page (`a4-1.png`… for a leaflet; `carousel-square-01.png`… for slides; a
    /// one-page card is `card-square.png`). `stem` replaces the target's name (`--output`).
    public func files(stem: String? = nil, pages: Int, type: FileType) -> [String] {
        let stem = stem ?? name
        if type == .pdf { return ["\(stem).pdf"] }
        if isPrint { return (1...max(1, pages)).map { "\(stem)-\($0).\(type.rawValue)" } }
        return pages > 1 ? (1...pages).map { "\(stem)-\(Self.slide($0)).\(type.rawValue)" } : ["\(stem).\(type.rawValue)"]
    }

    /// True when `file` is one of the files the target writes as `type` under `stem`, for
    /// some number of pages: what a new rendition replaces (a carousel that lost slides
    /// leaves none of the old ones behind).
    public func owns(_ file: String, stem: String? = nil, type: FileType) -> Bool {
        let stem = stem ?? name, ext = "." + type.rawValue
        guard file.hasPrefix(stem), file.hasSuffix(ext), file.count >= stem.count + ext.count else { return false }
        let middle = file.dropFirst(stem.count).dropLast(ext.count)
        return middle.isEmpty || (middle.first == "-" && middle.count > 1 && middle.dropFirst().allSatisfy(\.isASCII) && middle.dropFirst().allSatisfy(\.isNumber))
    }

    /// True when `file` is the alt text (`.txt`) of one of the card images it writes as `type`.
    func owns(altTextOf file: String, stem: String?, type: FileType) -> Bool {
        let ext = "." + PageFiles.altTextExtension
        return file.hasSuffix(ext) && owns(String(file.dropLast(ext.count)) + "." + type.rawValue, stem: stem, type: type)
    }

    /// The first of its files, known before layout (a carousel's slide count is not).
    public func firstFile(type: FileType) -> String { files(pages: isCarousel ? 2 : 1, type: type)[0] }

    /// Slides are numbered on two digits, so that files sort in order.
    static func slide(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Rough relative time to make it (a title card is 1), to share work between workers.
    public var cost: Double {
        switch self {
        case .print(let format, _): format == .a4 ? 2 : 3
        case .cards(.carousel, _): 6
        case .cards: 1
        }
    }
}

extension Target: CustomStringConvertible {
    public var description: String { name }
}
