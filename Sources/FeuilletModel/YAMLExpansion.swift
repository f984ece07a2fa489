internal import Yams

/// Walks `BoundedYAML`'s first-pass tree in document order and counts what it would be
/// with every alias expanded, without expanding anything: each anchor's expanded size and
/// depth are noted when its node ends (when libyaml registers it), each alias counts at its
/// anchor's size. Keys must be plain text: a list or mapping as a key (or an alias of one,
/// or an explicit `? ` key) is refused, since Yams would hash and sort it whole.
struct YAMLExpansion {
    let limits: InputLimits
    let file: String
    let lineOffset: Int
    /// Where the text had a `?`: a list starting there was an explicit key.
    let explicitKeys: Set<FirstPassText.Place>
    private var nodes = 0
    private var aliases = 0
    /// Each anchor's expanded size, depth and kind, the latest definition winning as in libyaml.
    private var anchors: [String: Expanded] = [:]

    struct Expanded {
        var nodes: Int
        var depth: Int
        var isCollection: Bool
    }

    init(limits: InputLimits, file: String, lineOffset: Int, explicitKeys: Set<FirstPassText.Place>) {
        self.limits = limits
        self.file = file
        self.lineOffset = lineOffset
        self.explicitKeys = explicitKeys
    }

    /// The node's expanded size, the deepest level it reaches, and whether it is a collection;
    /// `depth` is the node's own level.
    mutating func visit(_ node: Node, depth: Int) throws -> Expanded {
        if let name = aliasName(node) {
            guard let target = anchors[name] else { return try count(node, 1, depth: depth, isCollection: false) }
            aliases += 1
            if aliases > limits.yamlAliases {
                throw fail(node, "more than \(limits.yamlAliases) YAML aliases (*name): \(limits.what) needs few, if any")
            }
            return try count(node, target.nodes, depth: depth + target.depth - 1, isCollection: target.isCollection)
        }
        var size = try count(node, 1, depth: depth, isCollection: node.scalar == nil)
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                let inner = try visit(key, depth: depth + 1)
                if inner.isCollection { throw fail(key, "YAML keys must be plain text, not lists or mappings") }
                size = adding(inner, to: size)
                size = adding(try visit(value, depth: depth + 1), to: size)
            }
        case .sequence(let sequence):
            if let mark = node.mark, explicitKeys.contains(FirstPassText.Place(line: mark.line, column: mark.column)) {
                throw fail(node, "explicit YAML keys (`? key`) are not supported: write `key: value`")
            }
            for item in sequence { size = adding(try visit(item, depth: depth + 1), to: size) }
        case .scalar, .alias:
            break
        }
        if let anchor = node.anchor {
            anchors[anchor.rawValue] = Expanded(nodes: size.nodes, depth: size.depth - depth + 1, isCollection: size.isCollection)
        }
        return size
    }

    private func adding(_ inner: Expanded, to size: Expanded) -> Expanded {
        Expanded(nodes: size.nodes + inner.nodes, depth: max(size.depth, inner.depth), isCollection: size.isCollection)
    }

    /// Adds `size` values reaching down to level `depth`, within the limits.
    private mutating func count(_ node: Node, _ size: Int, depth: Int, isCollection: Bool) throws -> Expanded {
        nodes += size
        if nodes > limits.yamlNodes {
            throw fail(node, "more than \(limits.yamlNodes) YAML values once aliases (*name) are expanded: \(limits.what) is not that large")
        }
        if depth > limits.yamlDepth {
            throw fail(node, "YAML values nested more than \(limits.yamlDepth) levels deep: \(limits.what) is not that deep")
        }
        return Expanded(nodes: size, depth: depth, isCollection: isCollection)
    }

    /// The anchor an alias names: a plain scalar that starts with the alias mark.
    private func aliasName(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, scalar.style == .plain,
              scalar.string.unicodeScalars.first == FirstPassText.aliasMark else { return nil }
        return String(scalar.string.unicodeScalars.dropFirst())
    }

    private func fail(_ node: Node, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1, message: message)
    }
}
