import FeuilletModel

/// One pass of the French normalizer over a run of text (a paragraph's text nodes in
/// reading order): the rules look ahead in `text`, every node of the run, and back in
/// `out`, what has been written so far; each changes only the node it is in. The text is
/// read as Unicode scalars: every rule names single scalars, told apart without a String
/// comparison.
struct SpacingRun {
    struct Leaf {
        var chars: [Unicode.Scalar]
        /// False for code and line breaks: seen by the rules, never changed.
        var editable: Bool
    }

    private let leaves: [Leaf]
    let text: [Unicode.Scalar]
    var out: [Unicode.Scalar] = []
    var i = 0
    /// Where the current node starts in `out` and ends in `text`: a rule that takes or
    /// drops several characters stops there.
    var leafStart = 0
    var end = 0
    private var quoteOpen = false
    /// Inside a code (NT-proBNP) up to here: its hyphens get a word joiner.
    private var codeEnd = 0

    init(_ leaves: [Leaf]) {
        self.leaves = leaves
        text = leaves.flatMap(\.chars)
    }

    typealias Rules = FrenchNormalizer

    /// The nodes' texts, normalized.
    mutating func normalized() -> [[Unicode.Scalar]] {
        var result: [[Unicode.Scalar]] = []
        for leaf in leaves {
            leafStart = out.count
            end = i + leaf.chars.count
            if leaf.editable {
                while i < end { step() }
            } else {
                out += leaf.chars
                i = end
            }
            result.append(Array(out[leafStart...]))
        }
        return result
    }

    var before: Unicode.Scalar? { out.last }
    func next(_ k: Int = 1) -> Unicode.Scalar? { i + k < end ? text[i + k] : nil }
    private mutating func dropSpaces() {
        while out.count > leafStart, let last = out.last, last == " " || last == "\t" { out.removeLast() }
    }
    private mutating func skipSpaces() { while let n = next(), n == " " { i += 1 } }

    private mutating func step() {
        let c = text[i]
        if before.map({ Rules.isSpace($0) || TextToken.openerScalars.contains($0) }) ?? true, !TextToken.openerScalars.contains(c) {
            let token = text[i..<end].prefix { !Rules.isSpace($0) }
            // URLs and e-mail addresses stay exactly as written.
            if TextToken.isAddress(token) {
                out += token
                i += token.count
                return
            }
            let whole = text[i...].prefix { !Rules.isSpace($0) }
            if TextToken.isCode(whole) {
                codeEnd = i + whole.count
            } else if let kept = phoneNumber() ?? time() {
                out += kept.text
                i = kept.end
                return
            }
        }
        switch c {
        case "'":
            out.append("’")
        case "\"":
            if !quoteOpen {
                out.append("«"); out.append(Rules.thinScalar); skipSpaces()
            } else {
                dropSpaces(); if !Rules.isFixedSpace(before) { out.append(Rules.thinScalar) }; out.append("»")
            }
            quoteOpen.toggle()
        case "«":
            out.append("«")
            skipSpaces()
            if !Rules.isFixedSpace(next()) { out.append(Rules.thinScalar) }
            quoteOpen = true
        case "»":
            dropSpaces()
            if !Rules.isFixedSpace(before), before != nil { out.append(Rules.thinScalar) }
            out.append("»")
            quoteOpen = false
        case ";", "!", "?", ":":
            // 10:30 and 1:2 are not punctuation; neither is ?! after another mark.
            let isTime = c == ":" && (before.map(Rules.isDigit) ?? false) && (next().map(Rules.isDigit) ?? false)
            if !isTime {
                let afterMark = before.map { "!?;:".unicodeScalars.contains($0) } ?? false
                dropSpaces()
                if let b = before, !afterMark, !Rules.isFixedSpace(b), !Rules.isSpace(b), !"([«".unicodeScalars.contains(b) {
                    out.append(c == ":" ? Rules.noBreakScalar : Rules.thinScalar)
                }
            }
            out.append(c)
        case "." where next() == "." && next(2) == ".":
            dropSpaces()
            out.append("…")
            i += 2
        case "%", "‰", "€":
            // 10% → 10 % (a `where` clause would only guard the last pattern).
            if before.map(Rules.isDigit) ?? false { out.append(Rules.thinScalar) }
            out.append(c)
        case " ":
            out.append(space())
            skipSpaces()
        case _ where i < codeEnd && TextToken.hyphenScalars.contains(c):
            out.append(c)
            if text.indices.contains(i + 1) && text[i + 1] != TextToken.wordJoinerScalar { out.append(TextToken.wordJoinerScalar) }
        default:
            out.append(c)
        }
        i += 1
    }
}
