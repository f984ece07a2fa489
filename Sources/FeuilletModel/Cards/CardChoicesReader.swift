internal import Yams

extension FrontMatterReader {
    /// `cards:` — a mapping of kinds (`title`, `key`, `quote`, `carousel`, `closing`) to
    /// their choices, and `call-to-action`. Unknown keys and bad values are errors at their line.
    func cardChoices(_ node: Node) throws -> CardChoices {
        guard case .mapping(let mapping) = node else { throw diagnostic(at: node, "`cards` must be a mapping: title, key, quote, carousel, closing, call-to-action") }
        var choices = CardChoices()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            if key == "call-to-action" {
                guard let text = value.string, !text.isEmpty else { throw diagnostic(at: value, "`cards.call-to-action` must be a text") }
                try limit(text, "cards.call-to-action", 200, at: value)
                choices.callToAction = text
                continue
            }
            guard let allowed = CardChoices.keys[key] else {
                throw diagnostic(at: keyNode, "`cards.\(key)` is not a kind of card: use \((CardChoices.keys.keys.sorted() + ["call-to-action"]).joined(separator: ", "))")
            }
            guard case .mapping(let fields) = value else { throw diagnostic(at: value, "`cards.\(key)` must be a mapping of \(allowed.joined(separator: ", "))") }
            var choice = CardChoices.Choice(line: (keyNode.mark?.line ?? 1) + lineOffset)
            for (fieldNode, field) in fields {
                let name = fieldNode.string ?? "", path = "cards.\(key).\(name)"
                guard allowed.contains(name) else { throw diagnostic(at: fieldNode, "`\(path)` is unknown: use \(allowed.joined(separator: ", "))") }
                guard let text = field.string, !text.isEmpty else { throw diagnostic(at: field, "`\(path)` must be a single value") }
                try limit(text, path, name == "text" ? 1_500 : 300, at: field)
                switch name {
                case "layout":
                    guard let layout = CardLayout(rawValue: text) else {
                        throw diagnostic(at: field, "`\(path)`: \"\(text)\" is not a layout: use \(CardLayout.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    choice.layout = layout
                case "title": choice.title = text
                case "text": choice.text = text
                case "figure": choice.figure = text
                case "image": choice.image = try image(text, at: field)
                case "image-focus": choice.imageFocus = try focus(text, at: field, path: path)
                case "list": choice.list = text
                default:
                    guard let n = Int(text), (1...20).contains(n) else { throw diagnostic(at: field, "`\(path)` must be a number from 1 to 20 (the n-th of `key-messages`)") }
                    choice.message = n
                }
            }
            choices.kinds[key] = choice
        }
        return choices
    }

    /// A photo the front matter names: a file of the article's folder, as a figure's.
    func image(_ source: String, at node: Node) throws -> Figure {
        let (file, problem) = ImageReference.resolve(source, in: self.file)
        if let problem { throw diagnostic(at: node, problem) }
        return Figure(source: source, file: file, alt: "", article: self.file, line: (node.mark?.line ?? 1) + lineOffset)
    }

    func focus(_ text: String, at node: Node, path: String) throws -> ImageFocus {
        guard let focus = ImageFocus(parsing: text) else {
            throw diagnostic(at: node, "`\(path)`: \"\(text)\" is not a focal point: write it across then down, `30% 40%` (or left, center, right, top, bottom)")
        }
        return focus
    }

    private func limit(_ text: String, _ path: String, _ limit: Int, at node: Node) throws {
        if text.count > limit { throw diagnostic(at: node, "`\(path)` is \(text.count) characters long, more than \(limit): shorten it") }
    }
}
