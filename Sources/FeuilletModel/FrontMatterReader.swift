internal import Yams

/// Turns front-matter YAML into `Metadata`, checking each known key's type and reporting
/// problems at the key's own line and column in the Markdown file.
struct FrontMatterReader {
    var file: String
    /// Lines of the file before the YAML: the opening `---`.
    var lineOffset = 1

    /// Under `--strict` an unknown key is an error, not a warning.
    var strict = false

    /// The metadata the YAML gives; `title` is empty when the YAML has none. A key not in
    /// `FrontMatterKey.all` is reported at its line and column with the closest name
    /// (a warning; with `strict`, every such key is an error, all thrown together).
    func read(_ yaml: String) throws -> (Metadata, [Diagnostic]) {
        var metadata = Metadata(title: "")
        var warnings: [Diagnostic] = []
        let root: Node?
        do {
            root = try BoundedYAML.compose(yaml, file: file, lineOffset: lineOffset, limits: .frontMatter)
        } catch let error as YamlError {
            throw diagnostic(for: error)
        }
        guard let root else { return (metadata, warnings) }
        guard case .mapping(let mapping) = root else {
            throw diagnostic(at: root, "front matter must be `key: value` lines")
        }
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                throw diagnostic(at: keyNode, "front-matter keys must be plain names")
            }
            guard let known = FrontMatterKey.named(key.string) else {
                warnings.append(diagnostic(at: keyNode, "unknown front-matter key `\(key.string)`, ignored"
                    + Suggestion.hint(for: key.string, in: FrontMatterKey.names) + " (keys: \(FrontMatterKey.names.joined(separator: ", ")))",
                    strict ? .error : .warning))
                continue
            }
            if value.null != nil { continue }
            try store(value, of: known, in: &metadata)
            if known.name == "lang", Labels.language(of: metadata.lang) == nil {
                warnings.append(diagnostic(at: value, "Feuillet has no labels in `\(metadata.lang)` (it has \(Labels.languages.joined(separator: ", "))): "
                    + "the disclaimer, dates and other fixed texts are in English; a style can give its own under labels.en", .warning))
            }
        }
        let errors = warnings.filter { $0.severity == .error }
        if !errors.isEmpty { throw errors.count == 1 ? errors[0] as any Error : Diagnostics(errors) }
        return (metadata, warnings)
    }

    /// Checks a value against its key's row and puts it where `Metadata` keeps it.
    private func store(_ value: Node, of key: FrontMatterKey, in metadata: inout Metadata) throws {
        if key.kind == .texts {  // `key-messages`, the one list so far
            metadata.keyMessages = try texts(value, key)
            return
        }
        if key.kind == .mapping {  // `cards`
            metadata.cards = try cardChoices(value)
            return
        }
        guard case .scalar(let scalar) = value else {
            throw diagnostic(at: value, "`\(key.name)` must be a single value, not a list or a mapping")
        }
        let text = try checked(scalar.string, key, at: value)
        switch key.name {
        case "title": metadata.title = text
        case "summary": metadata.summary = text
        case "lang": metadata.lang = text
        case "source": metadata.source = text
        case "source-url": metadata.sourceURL = try webAddress(text, at: value)
        case "date": metadata.date = try isoDate(text, at: value)
        case "author": metadata.author = text
        case "image": metadata.image = try image(text, at: value)
        case "image-focus": metadata.imageFocus = try focus(text, at: value, path: "image-focus")
        case "image-alt": metadata.imageAlt = text
        default: metadata.extra[key.name] = text
        }
    }

    private func checked(_ text: String, _ key: FrontMatterKey, at node: Node) throws -> String {
        guard text.count <= key.limit else {
            throw diagnostic(at: node, "`\(key.name)` is \(text.count) characters long, more than \(key.limit): shorten it (the rest belongs in the text)")
        }
        return text
    }

    /// It becomes a link and a QR code: a web address, nothing a reader's phone would run.
    private func webAddress(_ text: String, at node: Node) throws -> String {
        guard let address = LinkTarget.accepted(text), address.lowercased().hasPrefix("http") else {
            throw diagnostic(at: node, "`source-url` must be a web address (https://…), found `\(text)`")
        }
        return address
    }

    /// A list of short texts; a single text is a list of one.
    private func texts(_ node: Node, _ key: FrontMatterKey) throws -> [String] {
        if case .scalar(let text) = node { return [try checked(text.string, key, at: node)] }
        guard case .sequence(let items) = node else { throw diagnostic(at: node, "`\(key.name)` must be a list of texts") }
        return try items.map { item in
            guard case .scalar(let text) = item else { throw diagnostic(at: item, "`\(key.name)` must be a list of texts") }
            return try checked(text.string, key, at: item)
        }
    }

    /// The date as yyyy-mm-dd. YAML reads `2026-11-26` as a timestamp and `"2026-11-26"` as a
    /// string; both are accepted from the text as written, so no time zone can shift the day.
    private func isoDate(_ text: String, at node: Node) throws -> String {
        guard let match = text.wholeMatch(of: /(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ].*)?/),
              let month = Int(match.2), let day = Int(match.3), (1...12).contains(month), (1...31).contains(day)
        else {
            throw diagnostic(at: node, "`date` must be written yyyy-mm-dd, found `\(text)`")
        }
        func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(match.1)-\(twoDigits(month))-\(twoDigits(day))"
    }

    func diagnostic(at node: Node, _ message: String, _ severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(file: file, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1,
                   severity: severity, message: message)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        let (mark, message): (Mark?, String) = switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            (mark, "front matter is not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let keys, let context):
            (context.mark, "front matter repeats the key \(keys.map { "`\($0)`" }.joined(separator: ", "))")
        default:
            (nil, "front matter could not be read: \(error)")
        }
        return Diagnostic(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1, message: message)
    }
}
