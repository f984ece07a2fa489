internal import Yams
import FeuilletModel

/// A YAML tree that remembers, for every value, the file and position it came from,
/// so that a value inherited through `extends` is still reported in its own file.
struct YAMLValue: Sendable {
    enum Kind: Sendable {
        case scalar(String)
        case mapping([(key: String, keyAt: YAMLValue.Position, value: YAMLValue)])
        case sequence([YAMLValue])
    }

    struct Position: Sendable {
        var file: String
        var line: Int
        var column: Int
    }

    var kind: Kind
    var at: Position

    /// Parses one YAML file; syntax errors become a diagnostic at the place libyaml stopped.
    static func parse(_ text: String, file: String) throws -> YAMLValue {
        let node: Node?
        do {
            node = try BoundedYAML.compose(text, file: file, limits: .styleSheet)
        } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
            // Yams finds repeated keys before we see the tree, and points at the first one.
            let key = keys.first ?? ""
            let mark = repeatedKey(key, firstAt: context.mark, in: text) ?? context.mark
            throw Diagnostic(file: file, line: mark.line, column: mark.column, message: "\(key): key given twice")
        } catch let error as YamlError {
            throw YAMLValue.diagnostic(for: error, file: file)
        }
        guard let node else {
            return YAMLValue(kind: .mapping([]), at: Position(file: file, line: 1, column: 1))
        }
        return try YAMLValue(node, file: file)
    }

    private init(kind: Kind, at: Position) {
        self.kind = kind
        self.at = at
    }

    private init(_ node: Node, file: String) throws {
        let at = Position(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let s):
            self.init(kind: .scalar(s.string), at: at)
        case .sequence(let seq):
            self.init(kind: .sequence(try seq.map { try YAMLValue($0, file: file) }), at: at)
        case .mapping(let map):
            var pairs: [(key: String, keyAt: Position, value: YAMLValue)] = []
            for (k, v) in map {
                let keyAt = Position(file: file, line: k.mark?.line ?? at.line, column: k.mark?.column ?? at.column)
                guard let key = k.scalar?.string else {
                    throw Diagnostic(file: file, line: keyAt.line, column: keyAt.column, message: "a key must be plain text")
                }
                if pairs.contains(where: { $0.key == key }) {
                    throw Diagnostic(file: file, line: keyAt.line, column: keyAt.column, message: "\(key): key given twice")
                }
                pairs.append((key, keyAt, try YAMLValue(v, file: file)))
            }
            self.init(kind: .mapping(pairs), at: at)
        case .alias:
            // Yams resolves aliases while it composes (BoundedYAML has bounded them); only a
            // tree built by hand holds one.
            throw Diagnostic(file: file, line: at.line, column: at.column, message: "an unresolved YAML alias")
        }
    }

    /// Where a key given twice is repeated: the first one is renamed (same length, so marks
    /// hold) and the text parsed again; nil when that does not lead to it.
    private static func repeatedKey(_ key: String, firstAt mark: Mark, in text: String) -> Mark? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let (l, c) = (mark.line - 1, mark.column - 1)
        guard !key.isEmpty, lines.indices.contains(l), c >= 0, c + key.count <= lines[l].count,
              String(lines[l][c..<c + key.count]) == key,
              let mask = "¤§¶µ".first(where: { !text.contains($0) }) else { return nil }
        let placeholder = String(repeating: mask, count: key.count)
        lines[l].replaceSubrange(c..<c + key.count, with: placeholder)
        guard let root = try? BoundedYAML.compose(lines.map { String($0) }.joined(separator: "\n"), file: "", limits: .styleSheet) else { return nil }
        func find(_ node: Node) -> Mark? {
            switch node {
            case .mapping(let map):
                if map.contains(where: { $0.key.string == placeholder }) {
                    return map.first(where: { $0.key.string == key })?.key.mark
                }
                return map.lazy.compactMap { find($0.value) }.first
            case .sequence(let seq):
                return seq.lazy.compactMap(find).first
            default:
                return nil
            }
        }
        return find(root)
    }

    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            Diagnostic(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
        default:
            Diagnostic(file: file, line: 1, column: 1, message: "YAML: \(error)")
        }
    }

    /// Keys whose mapping a child sheet replaces whole: a logo's files belong together (a
    /// new logo does not keep the parent's dark variant).
    static let replacedWhole: Set<String> = ["logo"]

    /// `self` with `child` laid over it: mappings merge key by key, anything else is replaced.
    func overlaid(with child: YAMLValue) -> YAMLValue {
        guard case .mapping(var base) = kind, case .mapping(let top) = child.kind else { return child }
        for pair in top {
            if let i = base.firstIndex(where: { $0.key == pair.key }) {
                let value = Self.replacedWhole.contains(pair.key) ? pair.value : base[i].value.overlaid(with: pair.value)
                base[i] = (pair.key, pair.keyAt, value)
            } else {
                base.append(pair)
            }
        }
        return YAMLValue(kind: .mapping(base), at: child.at)
    }

    func error(_ message: String) -> Diagnostic {
        Diagnostic(file: at.file, line: at.line, column: at.column, message: message)
    }
}
