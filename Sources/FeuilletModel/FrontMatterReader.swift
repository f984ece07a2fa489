internal import Yams

/// Turns front-matter YAML into `Metadata`, checking each known key's type and reporting
/// problems at the key's own line and column in the Markdown file.
struct FrontMatterReader {
    var file: String
    /// Lines of the file before the YAML: the opening `---`.
    var lineOffset = 1

    /// The metadata the YAML gives; `title` is empty when the YAML has none.
    /// Keys that are neither known nor single values are reported as warnings.
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
            if value.null != nil { continue }
            if key.string == "key-messages" {
                metadata.keyMessages = try keyMessages(value)
                continue
            }
            guard case .scalar(let scalar) = value else {
                if Self.knownKeys.contains(key.string) {
                    throw diagnostic(at: value, "`\(key.string)` must be a single value, not a list or a mapping")
                }
                warnings.append(diagnostic(at: value, "`\(key.string)` is not a single value; ignored", .warning))
                continue
            }
            let text = scalar.string
            if let limit = Self.lengthLimits[key.string], text.count > limit {
                throw diagnostic(at: value, "`\(key.string)` is \(text.count) characters long, more than \(limit): shorten it (the rest belongs in the text)")
            }
            switch key.string {
            case "title": metadata.title = text
            case "summary": metadata.summary = text
            case "lang": metadata.lang = text
            case "source": metadata.source = text
            case "source-url":
                // It becomes a link and a QR code: a web address, nothing a reader's phone would run.
                guard let address = LinkTarget.accepted(text), address.lowercased().hasPrefix("http") else {
                    throw diagnostic(at: value, "`source-url` must be a web address (https://…), found `\(text)`")
                }
                metadata.sourceURL = address
            case "date": metadata.date = try isoDate(text, at: value)
            case "author": metadata.author = text
            default: metadata.extra[key.string] = text
            }
        }
        return (metadata, warnings)
    }

    static let knownKeys: Set = ["title", "summary", "lang", "source", "source-url", "date", "author"]

    /// The longest title and short answer a leaflet's first page and a card can hold.
    static let lengthLimits = ["title": 300, "summary": 1_500]

    /// `key-messages:` is a list of short texts; a single text is one message.
    private func keyMessages(_ node: Node) throws -> [String] {
        if case .scalar(let text) = node { return [text.string] }
        guard case .sequence(let items) = node else { throw diagnostic(at: node, "`key-messages` must be a list of texts") }
        return try items.map { item in
            guard case .scalar(let text) = item else { throw diagnostic(at: item, "`key-messages` must be a list of texts") }
            return text.string
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

    private func diagnostic(at node: Node, _ message: String, _ severity: Diagnostic.Severity = .error) -> Diagnostic {
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
