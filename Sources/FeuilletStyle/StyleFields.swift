import FeuilletModel

/// The colours (`palette`) and font families (`fonts`) a style sheet writes itself, as a form
/// shows them, and the sheet's text with some of them changed in place: every other byte (its
/// comments, its layout, what it inherits) stays as it was. A value the sheet inherits
/// through `extends` is not one of its fields: it is changed in the sheet it comes from.
public enum StyleFields {
    public struct Field: Codable, Sendable, Equatable {
        /// `palette` or `fonts`.
        public var group: String
        public var name: String
        public var value: String
        public var line: Int

        /// `palette.accent`, `fonts.text`: how a change names the field.
        public var path: String { group + "." + name }
    }

    public static let groups = ["palette", "fonts"]

    /// The sheet's own colours and fonts that are one value on one line (a colour given with
    /// its inks, `{ rgb: …, cmyk: … }`, is edited in the file).
    public static func read(_ text: String, file: String) throws -> [Field] {
        guard case .mapping(let top) = try YAMLValue.parse(text, file: file).kind else { return [] }
        return top.filter { groups.contains($0.key) }.flatMap { group -> [Field] in
            guard case .mapping(let pairs) = group.value.kind else { return [] }
            return pairs.compactMap { pair in
                guard case .scalar(let value) = pair.value.kind, span(of: pair.value, in: text) != nil else { return nil }
                return Field(group: group.key, name: pair.key, value: value, line: pair.value.at.line)
            }
        }
    }

    /// `text` with each field of `changes` (by `path`) given its new value, written as a
    /// double-quoted YAML string. A path that is not one of `read`'s fields is an error naming
    /// those that are; a value is at most a line of text.
    public static func write(_ text: String, file: String, changes: [String: String]) throws -> String {
        let fields = try read(text, file: file)
        guard case .mapping(let top) = try YAMLValue.parse(text, file: file).kind else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (path, value) in changes.sorted(by: { $0.key < $1.key }) {
            guard fields.contains(where: { $0.path == path }) else {
                throw Diagnostic(file: file, line: 1, message: "\(path) is not a colour or font this sheet sets itself\(Suggestion.hint(for: path, in: fields.map(\.path)))")
            }
            guard value.count <= 200, !value.contains(where: \.isNewline) else {
                throw Diagnostic(file: file, line: 1, message: "\(path): a value is one line of at most 200 characters")
            }
            let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
            guard case .mapping(let pairs)? = top.first(where: { $0.key == parts[0] })?.value.kind,
                  let node = pairs.first(where: { $0.key == parts[1] })?.value, let (line, range) = span(of: node, in: text) else { continue }
            var characters = Array(lines[line])
            characters.replaceSubrange(range, with: Array(quoted(value)))
            lines[line] = String(characters)
        }
        return lines.joined(separator: "\n")
    }

    /// Where a one-line scalar is written: its line (from 0) and its characters on it, quotes
    /// included, up to a comment or the end of a flow mapping's entry.
    static func span(of node: YAMLValue, in text: String) -> (Int, Range<Int>)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = node.at.line - 1, start = node.at.column - 1
        guard lines.indices.contains(line) else { return nil }
        let characters = Array(lines[line])
        guard characters.indices.contains(start) else { return nil }
        var end = start
        if characters[start] == "\"" || characters[start] == "'" {
            let quote = characters[start]
            end += 1
            while end < characters.count && characters[end] != quote { end += quote == "\"" && characters[end] == "\\" ? 2 : 1 }
            guard end < characters.count else { return nil }
            end += 1
        } else {
            while end < characters.count && !",}".contains(characters[end]) && !(characters[end] == "#" && characters[end - 1] == " ") { end += 1 }
            while end > start && characters[end - 1] == " " { end -= 1 }
        }
        return (line, start..<end)
    }

    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
