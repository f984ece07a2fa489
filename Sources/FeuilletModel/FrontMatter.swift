/// A Markdown file cut in two: the YAML between the leading `---` lines, and the body.
/// Keeps how many lines precede each part, so diagnostics point at lines of the real file.
struct FrontMatter {
    /// The YAML text, or nil when the file does not start with `---`.
    var yaml: String?
    var body: String
    /// File lines before the body (front matter and both `---` lines).
    var bodyLineOffset: Int

    init(splitting text: String, file: String) throws {
        var lines = text.textLines
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard lines.first?.trimmed == "---" else {
            body = lines.joined(separator: "\n")
            bodyLineOffset = 0
            return
        }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmed) }) else {
            throw Diagnostic(file: file, line: 1, message: "front matter starts with `---` but has no closing `---` line")
        }
        yaml = lines[1..<close].joined(separator: "\n")
        body = lines[(close + 1)...].joined(separator: "\n")
        bodyLineOffset = close + 1
    }
}
