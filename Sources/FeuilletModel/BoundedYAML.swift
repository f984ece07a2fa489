public import Yams

/// The one way Feuillet reads YAML (style sheets, front matter, batch manifests): sizes,
/// aliases, nesting and keys are bounded before the tree is built, so an alias bomb
/// ("billion laughs": aliases of aliases, aliases as keys, `<<` merges, long runs of `*a`)
/// or deeply nested keys are refused in one line instead of growing or hanging.
///
/// Yams resolves every alias while it composes, hashes every key whole, and sorts keys
/// given twice with a comparison that takes 2^depth steps: `Yams.compose` itself can hang.
/// The text is therefore composed twice. The first time (`FirstPassText`) with each `*`
/// replaced by a private-use character, so no alias is left (a plain scalar cannot start
/// with `*`: every alias becomes a plain scalar starting with that character), and each `?`
/// replaced by `-`, so an explicit key becomes a list entry that keeps its content; that tree
/// is as large as the text. `YAMLExpansion` walks it in document order and counts what the
/// aliases would expand to, without expanding them, refusing lists or mappings as keys
/// (where a `?` stood, too). Only a text within the limits, whose keys are all plain, is
/// composed for real.
public enum BoundedYAML {
    /// Composes the single document of `text` (nil when empty). YAML syntax errors are
    /// thrown as Yams's `YamlError`, for the caller to word; limits as a `Diagnostic` at the
    /// place that crosses them, `lineOffset` lines down in `file`.
    public static func compose(_ text: String, file: String, lineOffset: Int = 0, limits: InputLimits) throws -> Node? {
        if let tooLarge = limits.tooLarge(text.utf8.count, file: file, line: max(lineOffset, 1)) { throw tooLarge }
        let first = FirstPassText(text)
        if let line = first.lineWithKeyBrackets {
            throw Diagnostic(file: file, line: line + lineOffset, column: 1, message: "YAML keys must be plain text: this line opens more than "
                             + "\(FirstPassText.keyBrackets) lists or mappings before a colon")
        }
        // The parser owns the anchors (nodes hold them weakly): it stays alive during the walk.
        let parser: Parser
        let root: Node?
        do {
            parser = try Parser(yaml: first.text)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw first.restoringKeys(in: error)
        }
        if let root {
            var walk = YAMLExpansion(limits: limits, file: file, lineOffset: lineOffset, explicitKeys: first.explicitKeys)
            _ = try walk.visit(root, depth: 1)
        }
        withExtendedLifetime(parser) {}
        return try Yams.compose(yaml: text)
    }
}
