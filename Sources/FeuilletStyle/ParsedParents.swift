import Synchronization

/// The trees of the style files other sheets extend, parsed once a process while their text
/// is the same: composing YAML is most of loading a sheet, and a batch's styles (or a
/// thousand fuzzed sheets) extend the same few parents. Keyed by the whole text, so an
/// edited parent is parsed again; a few entries, emptied when full.
enum ParsedParents {
    private static let trees = Mutex<[String: YAMLValue]>([:])
    private static let capacity = 16

    static func tree(_ text: String, file: String) throws -> YAMLValue {
        let key = file + "\u{0}" + text
        if let tree = trees.withLock({ $0[key] }) { return tree }
        let tree = try YAMLValue.parse(text, file: file)
        trees.withLock { trees in
            if trees.count >= capacity { trees.removeAll() }
            trees[key] = tree
        }
        return tree
    }
}
