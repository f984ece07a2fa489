import FeuilletModel
import FeuilletStyle

/// A paragraph's text as one string plus the spans where it is bold, italic or a link
/// (code is shown as text: no style ships a monospace font), in UTF-8 byte offsets (Pango's unit).
struct StyledText {
    struct Span: Equatable {
        var range: Range<Int>
        var bold = false
        var italic = false
        var link: String?
    }

    var string = ""
    var spans: [Span] = []

    init(_ string: String = "") { self.string = string }

    init(_ inlines: [Inline], transform: TextStyle.Transform = .none) {
        append(inlines, Span(range: 0..<0), transform: transform)
    }

    var isEmpty: Bool { string.isEmpty }

    /// The text in capitals (or small letters) as the role asks, but its addresses and the
    /// text of links as written: "HTTPS://WWW.CHU-EXEMPLE.FR" is not an address anyone types.
    static func transformed(_ text: String, _ transform: TextStyle.Transform) -> String {
        guard transform != .none else { return text }
        var out = "", token = ""
        func flush() {
            out += TextToken.isAddress(token.unicodeScalars) ? token : (transform == .uppercase ? token.uppercased() : token.lowercased())
            token = ""
        }
        for c in text {
            if c.isWhitespace { flush(); out.append(c) } else { token.append(c) }
        }
        flush()
        return out
    }

    private mutating func append(_ inlines: [Inline], _ current: Span, transform: TextStyle.Transform) {
        for inline in inlines {
            var span = current
            switch inline {
            case .text(let s), .code(let s): add(s, span, transform)
            case .lineBreak: add("\n", span, .none)
            case .emphasis(let c): span.italic.toggle(); append(c, span, transform: transform)
            case .strong(let c): span.bold = true; append(c, span, transform: transform)
            case .link(let url, let c): span.link = url; append(c, span, transform: transform)
            }
        }
    }

    private mutating func add(_ text: String, _ span: Span, _ transform: TextStyle.Transform) {
        let t = span.link != nil ? text : Self.transformed(text, transform)
        let start = string.utf8.count
        string += t
        var s = span
        s.range = start..<string.utf8.count
        if s.bold || s.italic || s.link != nil { spans.append(s) }
    }
}
