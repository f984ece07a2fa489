import FeuilletLayout

/// The shapes an article can be rendered into: print formats and social cards.
public enum OutputFormat: Sendable, Hashable {
    /// A print leaflet: `a4`, `a5`, `dl` or `trifold`.
    case print(PrintFormat)
    /// The title card at a preset's size (`card-square`, `card-og`, `card-1080x1350`…).
    case card(CardPreset)

    public static let a4 = OutputFormat.print(.a4)
    public static let cardSquare = OutputFormat.card(CardPreset(named: "square")!)

    /// What `feuillet` alone (and `make demo`) renders for each article and style.
    public static let demoSet: [OutputFormat] = [.a4, .cardSquare]

    /// Every name `--format` accepts, for help texts.
    public static let names = PrintFormat.all.map(\.name) + CardPreset.all.map { "card-\($0.name)" } + ["card-WxH"]

    public init?(rawValue: String) {
        if let format = PrintFormat(named: rawValue) {
            self = .print(format)
        } else if rawValue.hasPrefix("card-"), let preset = CardPreset(named: String(rawValue.dropFirst(5))) {
            self = .card(preset)
        } else {
            return nil
        }
    }

    public var rawValue: String {
        switch self {
        case .print(let format): format.name
        case .card(let preset): "card-\(preset.name)"
        }
    }

    /// File extension of the default output.
    public var fileExtension: String {
        switch self {
        case .print: "pdf"
        case .card: "png"
        }
    }
}
