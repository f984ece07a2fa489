import FeuilletModel

extension StyleDecoder {
    /// `labels: { fr: { disclaimer: "…" }, en: { … } }`: a style's own fixed texts, by
    /// language (those Feuillet has tables for) and label (`Label`), each 1 to 200
    /// characters with exactly the `{values}` its label shows.
    func decodeLabels(_ top: Fields) throws -> [String: [Label: String]] {
        guard let languages = try top.fields("labels", allowed: Labels.languages) else { return [:] }
        var result: [String: [Label: String]] = [:]
        for language in languages.keys {
            guard let f = try languages.fields(language, allowed: Label.styleLabels.map(\.rawValue)) else { continue }
            for key in f.keys {
                guard let label = Label(rawValue: key), let text = try f.string(key), let node = f[key] else { continue }
                if let problem = Self.problem(with: text, for: label) {
                    try f.problems.add(node.error("\(f.keyPath(key)): \(problem)"))
                    continue
                }
                result[language, default: [:]][label] = text
            }
        }
        return result
    }

    /// What is wrong with a style's text for a label, if anything.
    static func problem(with text: String, for label: Label) -> String? {
        guard (1...Label.maximumLength).contains(text.count) else {
            return "must be 1 to \(Label.maximumLength) characters long, not \(text.count)"
        }
        let used = text.matches(of: /\{([^{}]*)\}/).map { String($0.1) }
        let allowed = label.placeholders + label.optionalPlaceholders
        if let unknown = used.first(where: { !allowed.contains($0) }) {
            let hint = allowed.isEmpty ? " (this label shows no value)" : Suggestion.hint(for: unknown, in: allowed)
            return "{\(unknown)} is not a value of \(label.rawValue)\(hint)"
        }
        if let missing = label.placeholders.first(where: { !used.contains($0) }) {
            return "must show {\(missing)}"
        }
        return nil
    }
}
