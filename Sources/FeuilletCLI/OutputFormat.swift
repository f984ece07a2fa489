import FeuilletLayout

/// The shapes an article can be rendered into: print formats and social cards.
public enum OutputFormat: Sendable, Hashable {
    case a4
    /// The title card at a preset's size (`card-square`, `card-og`, `card-1080x1350`…).
    case card(CardPreset)

    public static let cardSquare = OutputFormat.card(CardPreset(named: "square")!)

    /// What `feuillet` alone (and `make demo`) renders for each article and style.
    public static let demoSet: [OutputFormat] = [.a4, .cardSquare]

    /// Every name `--format` accepts, for help texts.
    public static let names = ["a4"] + CardPreset.all.map { "card-\($0.name)" } + ["card-WxH"]

    public init?(rawValue: String) {
        if rawValue == "a4" {
            self = .a4
        } else if rawValue.hasPrefix("card-"), let preset = CardPreset(named: String(rawValue.dropFirst(5))) {
            self = .card(preset)
        } else {
            return nil
        }
    }

    public var rawValue: String {
        switch self {
        case .a4: "a4"
        case .card(let preset): "card-\(preset.name)"
        }
    }

    /// File extension of the default output.
    public var fileExtension: String {
        switch self {
        case .a4: "pdf"
        case .card: "png"
        }
    }
}
