/// Reads an article written in Markdown with YAML front matter into a `Document`.
///
/// Errors (bad front matter, no title) are thrown as a `Diagnostic`; anything the model
/// cannot show (HTML, code, footnotes) is the document's `notShown`; other doubts come back
/// as warnings.
public struct MarkdownImporter: Sendable {
    /// Makes an unknown front-matter key an error (`--strict`).
    public var strict: Bool

    public init(strict: Bool = false) { self.strict = strict }

    public func importDocument(_ text: String, file: String) throws -> (Document, [Diagnostic]) {
        let parts = try FrontMatter(splitting: text, file: file)
        var (metadata, warnings) = try parts.yaml.map { try FrontMatterReader(file: file, strict: strict).read($0) }
            ?? (Metadata(title: ""), [])
        var body = MarkdownBodyReader(file: file, lineOffset: parts.bodyLineOffset)
        var blocks = body.read(parts.body)
        warnings += body.warnings
        if metadata.title.isEmpty {
            guard let index = blocks.firstIndex(where: { if case .heading(1, _) = $0 { true } else { false } }) else {
                throw Diagnostic(file: file, line: 1, message: "no title: add `title:` to the front matter or a `# heading`")
            }
            metadata.title = blocks.remove(at: index).plainText
        }
        return (Document(metadata: metadata, blocks: blocks, notShown: body.notShown), warnings)
    }
}
