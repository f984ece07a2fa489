/// Rebuilds the structure of a scraped article body, where only line breaks are left:
/// blank lines separate paragraphs, bullets ("•", "-", "*", "–") or "1." start list items,
/// and a short line standing alone before more text is a section heading.
/// The author's words are kept exactly; only the whitespace around lines goes.
struct RawBodyReader {
    func read(_ lines: [Substring]) -> [Block] {
        let chunks = lines.split { $0.trimmed.isEmpty }
        var blocks: [Block] = []
        for (index, chunk) in chunks.enumerated() {
            if chunk.count == 1, index < chunks.count - 1, let line = chunk.first, isHeading(line) {
                blocks.append(.heading(level: 2, [.text(line.trimmed)]))
            } else {
                for block in self.blocks(in: chunk) { append(block, to: &blocks) }
            }
        }
        return blocks
    }

    /// A section title: short, capitalised, not a sentence or a list introduction, not a bullet.
    private func isHeading(_ line: Substring) -> Bool {
        let text = line.trimmed
        guard let first = text.first, let last = text.last else { return false }
        return text.count < 100 && (first.isUppercase || first.isNumber)
            && !".;,:!…".contains(last) && ListMarker(line) == nil
    }

    /// Paragraphs and list items of one run of non-blank lines. A line under a list item
    /// that is indented continues the item; otherwise it starts a paragraph.
    private func blocks(in chunk: ArraySlice<Substring>) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var item: (marker: ListMarker, text: [String])?
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph([.text(paragraph.joined(separator: " "))])) }
            if let item {
                let inlines = listItemInlines(item.text.joined(separator: " "))
                blocks.append(.list(ordered: item.marker.ordered, start: item.marker.number, items: [[.paragraph(inlines)]]))
            }
            paragraph = []
            item = nil
        }
        for line in chunk {
            if let marker = ListMarker(line) {
                flush()
                item = (marker, [marker.text])
            } else if item != nil, line.first?.isWhitespace == true {
                item?.text.append(line.trimmed)
            } else {
                if item != nil { flush() }
                paragraph.append(line.trimmed)
            }
        }
        flush()
        return blocks
    }

    /// "Chimiothérapie : utilisation de…" becomes a bold term followed by the author's own
    /// " : utilisation de…", so the colon and its spacing stay as written.
    private func listItemInlines(_ text: String) -> [Inline] {
        // The term runs to the first colon (less the spaces before it), 1 to 60 characters
        // with no sentence punctuation, six words at most; a space must follow the colon.
        guard let colon = text.firstIndex(of: ":"), text[text.index(after: colon)...].first?.isWhitespace == true else { return [.text(text)] }
        let term = text[..<colon].reversed().drop { $0.isWhitespace }.reversed()
        let termText = String(term)
        guard (1...60).contains(termText.count), !termText.contains(where: { ".;!?".contains($0) }),
              termText.split(separator: " ").count <= 6 else { return [.text(text)] }
        return [.strong([.text(termText)]), .text(String(text[text.index(text.startIndex, offsetBy: termText.count)...]))]
    }

    /// Appends a block, joining a one-item list to the list just before it (same kind), so
    /// bullets on consecutive lines or separated by blank lines make one list.
    private func append(_ block: Block, to blocks: inout [Block]) {
        if case .list(let ordered, _, let items) = block,
           case .list(ordered, let start, let previous)? = blocks.last {
            blocks[blocks.count - 1] = .list(ordered: ordered, start: start, items: previous + items)
        } else {
            blocks.append(block)
        }
    }
}

/// The start of a list item in plain text: a bullet or a number, then a space.
struct ListMarker {
    var ordered: Bool
    var number: Int
    /// The item's text after the marker.
    var text: String

    /// "• text", "- text", "* text", "– text", "1. text" or "2) text", read by hand: a
    /// regular expression per line made the importer the slowest stage by far.
    init?(_ line: Substring) {
        let rest = line.drop { $0.isWhitespace }
        if let marker = rest.first, "•-*–".contains(marker) {
            let afterMarker = rest.dropFirst()
            let text = afterMarker.drop { $0.isWhitespace }
            guard afterMarker.first?.isWhitespace == true, !text.isEmpty else { return nil }
            (ordered, number, self.text) = (false, 1, text.trimmed)
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let afterDigits = rest.dropFirst(digits.count)
            guard (1...2).contains(digits.count), let number = Int(digits), let marker = afterDigits.first, ".)".contains(marker) else { return nil }
            let afterMarker = afterDigits.dropFirst()
            let text = afterMarker.drop { $0.isWhitespace }
            guard afterMarker.first?.isWhitespace == true, !text.isEmpty else { return nil }
            (ordered, self.number, self.text) = (true, number, text.trimmed)
        }
    }
}
