/// How much of each kind of input Feuillet reads: every file is bounded before it is
/// parsed, so a huge or hostile file is refused in one line instead of eating memory.
public struct InputLimits: Sendable {
    /// What the input is, for messages: "an article", "a style sheet"…
    public var what: String
    /// Bytes of the file (or of the YAML text, for front matter).
    public var bytes: Int
    /// YAML only: values once every alias (`*name`) is expanded, aliases, and nesting depth.
    public var yamlNodes: Int
    public var yamlAliases: Int
    public var yamlDepth: Int

    public init(what: String, bytes: Int, yamlNodes: Int = 10_000, yamlAliases: Int = 100, yamlDepth: Int = 32) {
        self.what = what
        self.bytes = bytes
        self.yamlNodes = yamlNodes
        self.yamlAliases = yamlAliases
        self.yamlDepth = yamlDepth
    }

    /// A health article is some 10 KB; 10 MB is a thousand of them, and room for the 5 MB
    /// articles layout is measured on.
    public static let article = InputLimits(what: "an article", bytes: 10_000_000)
    /// The shipped sheets are about 2 KB and a few hundred values.
    public static let styleSheet = InputLimits(what: "a style sheet", bytes: 128_000)
    /// A title, a summary, a few key messages: some hundred bytes.
    public static let frontMatter = InputLimits(what: "front matter", bytes: 64_000)
    /// A list of articles, styles and formats.
    public static let manifest = InputLimits(what: "a batch manifest", bytes: 64_000)

    /// "10 MB", "128 KB": sizes as people read them.
    static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000 && bytes % 1_000_000 == 0 ? "\(bytes / 1_000_000) MB" : "\(bytes / 1_000) KB"
    }

    /// The one-line refusal of an input of `bytes` bytes, or nil when it is small enough.
    func tooLarge(_ bytes: Int, file: String, line: Int = 1) -> Diagnostic? {
        guard bytes > self.bytes else { return nil }
        return Diagnostic(file: file, line: line, column: 1, message: "too large: \(what) may have at most \(Self.size(self.bytes))")
    }
}
