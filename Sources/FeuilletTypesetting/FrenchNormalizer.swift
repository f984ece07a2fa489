import FeuilletModel

/// French spacing and punctuation, applied to the text of a document so that every
/// output gets it: the author types ordinary spaces (or none), the reader gets fixed,
/// unbreakable ones where French typography wants them, so that no line ends inside a
/// phone number, a time, a number and its unit or the word it counts, or between an
/// abbreviation and what it names (TYPOGRAPHY-FR; the rules are in `SpacingRun`).
/// Idempotent. Leaves URLs, e-mail addresses, code, times written 10:30 and ratios (1:2)
/// alone; a code's hyphens (NT-proBNP) get a word joiner, so that no line ends there.
public struct FrenchNormalizer: Sendable {
    public static let thin: Character = "\u{202F}"   // espace fine insécable
    public static let noBreak: Character = "\u{00A0}" // espace insécable
    /// The same as the scalars the rules read and write.
    static let thinScalar = thin.unicodeScalars.first!, noBreakScalar = noBreak.unicodeScalars.first!

    public init() {}

    public func normalize(_ document: Document) -> Document {
        var d = document
        d.metadata.title = normalize(d.metadata.title)
        d.metadata.summary = d.metadata.summary.map { normalize($0) }
        d.metadata.source = d.metadata.source.map { normalize($0) }
        d.metadata.author = d.metadata.author.map { normalize($0) }
        d.metadata.keyMessages = d.metadata.keyMessages.map { normalize($0) }
        // What cards show from the front matter is French text too (a quote's apostrophes).
        for key in ["quote", "highlight"] { d.metadata.extra[key] = d.metadata.extra[key].map { normalize($0) } }
        d.blocks = d.blocks.map(normalize)
        return d
    }

    private func normalize(_ block: Block) -> Block {
        switch block {
        case .heading(let level, let inlines): .heading(level: level, normalize(inlines))
        case .paragraph(let inlines): .paragraph(normalize(inlines))
        case .list(let ordered, let start, let items): .list(ordered: ordered, start: start, items: items.map { $0.map(normalize) })
        case .quote(let blocks): .quote(blocks.map(normalize))
        case .thematicBreak: .thematicBreak
        case .figure(var figure):
            { figure.alt = normalize(figure.alt); figure.caption = figure.caption.map { normalize($0) }; return .figure(figure) }()
        case .table(let table):
            // Each cell is a run of its own: no rule joins the words of two cells.
            .table(Table(alignments: table.alignments, header: table.header.map(normalize), rows: table.rows.map { $0.map(normalize) }))
        }
    }

    /// The text nodes of a paragraph are normalized as one run in reading order, so that a
    /// rule sees the words on both sides of a node's edge: "**terme** : définition" gets its
    /// space before the colon, "le **Dr** Martin" its no-break space. Code is looked at, never changed.
    private func normalize(_ inlines: [Inline]) -> [Inline] {
        var leaves: [SpacingRun.Leaf] = []
        Self.collect(inlines, into: &leaves)
        var run = SpacingRun(leaves)
        let texts = run.normalized()
        var next = 0
        return inlines.map { Self.rebuild($0, texts, &next) }
    }

    public func normalize(_ text: String) -> String {
        var run = SpacingRun([.init(chars: Array(text.unicodeScalars), editable: true)])
        return Self.string(run.normalized()[0])
    }

    private static func collect(_ inlines: [Inline], into leaves: inout [SpacingRun.Leaf]) {
        for inline in inlines {
            switch inline {
            case .text(let s): leaves.append(.init(chars: Array(s.unicodeScalars), editable: true))
            case .code(let s): leaves.append(.init(chars: Array(s.unicodeScalars), editable: false))
            case .lineBreak: leaves.append(.init(chars: ["\n"], editable: false))
            case .emphasis(let c), .strong(let c), .link(_, let c): collect(c, into: &leaves)
            }
        }
    }

    private static func rebuild(_ inline: Inline, _ texts: [[Unicode.Scalar]], _ next: inout Int) -> Inline {
        switch inline {
        case .text:
            next += 1
            return .text(string(texts[next - 1]))
        case .code, .lineBreak:
            next += 1
            return inline
        case .emphasis(let c): return .emphasis(c.map { rebuild($0, texts, &next) })
        case .strong(let c): return .strong(c.map { rebuild($0, texts, &next) })
        case .link(let url, let c): return .link(url: url, c.map { rebuild($0, texts, &next) })
        }
    }

    /// The scalars as a String, through their UTF-8 bytes (appending scalars to a String
    /// one by one costs several times more).
    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for s in scalars {
            if s.isASCII { bytes.append(UInt8(s.value)) } else { bytes += s.utf8 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Unicode's tests, with a quick answer for ASCII: it is most of the text, and the
    /// general tests look up Unicode tables.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c == " " || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (0x30...0x39).contains(c.value) : c.properties.numericType != nil
    }

    /// A letter, or an accent combined with the letter before it.
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (0x41...0x5A).contains(c.value) || (0x61...0x7A).contains(c.value) : c.properties.isAlphabetic || TextToken.isMark(c)
    }

    static func isFixedSpace(_ c: Unicode.Scalar?) -> Bool { c == thinScalar || c == noBreakScalar }
}
