/// The shapes an article can be rendered into.
public enum OutputFormat: String, CaseIterable, Sendable {
    case a4
    case cardSquare = "card-square"

    /// File extension of the default output.
    public var fileExtension: String { self == .a4 ? "pdf" : "png" }
}
