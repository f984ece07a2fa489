import FeuilletModel

/// The sections of an article as a tagged PDF shows them: each heading opens a `Sect`
/// element that runs to the next heading of the same or a higher level, and gets a named
/// destination (its anchor) that internal links and readers can jump to.
struct SectionMarks {
    /// Levels of the sections open now, outermost first.
    private var open: [Int] = []
    private var anchors: Set<String> = []

    /// Before `set`, the lines of `block`, follow `lines`: close the sections the block ends
    /// and open the one its heading starts.
    mutating func enter(_ block: Block, lines: inout [FlowLine], set: inout [FlowLine]) {
        guard case .heading(let level, let inlines) = block, !set.isEmpty else { return }
        while let last = open.last, last >= level, !lines.isEmpty {
            lines[lines.count - 1].closes.append(.end("Sect"))
            open.removeLast()
        }
        set[0].opens.insert(.begin("Sect"), at: 0)
        open.append(level)
        // Two headings with the same words: the first one gets the anchor.
        let name = Anchor.name(inlines.plainText)
        if !name.isEmpty, anchors.insert(name).inserted {
            set[0].pieces.insert(.item(.zero, .anchor(name)), at: 0)
        }
    }

    /// Closes what is still open after the last block.
    mutating func close(_ lines: inout [FlowLine]) {
        guard !lines.isEmpty else { return }
        for _ in open { lines[lines.count - 1].closes.append(.end("Sect")) }
        open.removeAll()
    }
}
