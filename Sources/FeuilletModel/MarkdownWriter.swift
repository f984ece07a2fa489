internal import Yams

/// Writes a `Document` as Markdown with YAML front matter, in the form `MarkdownImporter`
/// reads back into an equal `Document`: `feuillet import` turns a scraped page into a file a
/// person can edit, without losing anything on the way back.
public struct MarkdownWriter: Sendable {
    public init() {}

    public func write(_ doc: Document) -> String {
        var out = "---\n" + frontMatter(doc.metadata) + "---\n"
        if !doc.blocks.isEmpty { out += "\n" + MarkdownBlockWriter().blocks(doc.blocks) + "\n" }
        return out
    }

    /// Known keys in a fixed order, then extra keys sorted, so the same document always gives
    /// the same bytes. Values are double-quoted by Yams, so `:`, `#`, `?` or a title like
    /// "null" read back as the same text.
    private func frontMatter(_ metadata: Metadata) -> String {
        let known: [(String, String?)] = [
            ("title", metadata.title), ("summary", metadata.summary), ("lang", metadata.lang),
            ("source", metadata.source), ("source-url", metadata.sourceURL), ("date", metadata.date),
            ("author", metadata.author),
        ]
        let extra = metadata.extra.sorted { $0.key < $1.key }.map { ($0.key, Optional($0.value)) }
        let quoted = { (text: String) in Node(text, .implicit, .doubleQuoted) }
        let scalar = { (key: String, value: String?) in value.map { (Node(key), quoted($0)) } }
        // The key messages are a list, between the known keys and the extra ones.
        let messages = metadata.keyMessages.isEmpty ? [] : [(Node("key-messages"), Node(metadata.keyMessages.map(quoted)))]
        let pairs = known.compactMap(scalar) + messages + extra.compactMap(scalar)
        // libyaml's emitter only fails when memory runs out; a mapping of strings is always valid.
        return try! Yams.serialize(node: Node(pairs), width: -1, allowUnicode: true)
    }
}
