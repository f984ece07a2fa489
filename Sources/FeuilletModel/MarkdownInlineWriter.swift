/// Markdown for inline content, escaping the author's text so it reads back as text:
/// a `*` stays a star, a line starting "1." or "#" stays a sentence.
struct MarkdownInlineWriter {
    private var out = ""
    /// True where a new line starts, where block syntax ("#", "-", "1.") would apply.
    private var atLineStart = true
    /// In a heading, trailing `#`s would close it, so every `#` is escaped.
    private var inHeading = false
    /// A table cell is one line too.
    private var inCell = false

    static func paragraph(_ content: [Inline]) -> String {
        var writer = MarkdownInlineWriter()
        writer.append(content)
        return writer.out
    }

    static func heading(_ content: [Inline]) -> String {
        var writer = MarkdownInlineWriter()
        writer.atLineStart = false
        writer.inHeading = true
        writer.append(content)
        return writer.out
    }

    /// A table cell: one line, so a hard break becomes a space (cells read from Markdown have
    /// none), and every `|` escaped, in code and addresses too: GFM takes `\|` out of a
    /// cell before reading its inlines.
    static func cell(_ content: [Inline]) -> String {
        var writer = MarkdownInlineWriter()
        writer.atLineStart = false
        writer.inCell = true
        writer.append(content)
        return writer.out.replacing("|", with: "\\|")
    }

    private mutating func append(_ content: [Inline]) {
        for inline in content { append(inline) }
    }

    private mutating func append(_ inline: Inline) {
        switch inline {
        case .text(let text):
            out += Self.escaped(text, atLineStart: atLineStart, inHeading: inHeading)
        case .emphasis(let content):
            // `_` where `*` would touch another `*` run: "***" is ambiguous to the parser.
            delimited(content, by: touchesStar(content) ? "_" : "*")
        case .strong(let content):
            delimited(content, by: touchesStar(content) ? "__" : "**")
        case .link(let url, let content):
            out += "["
            atLineStart = false
            append(content)
            out += "](" + Self.destination(url) + ")"
        case .code(let code):
            out += Self.codeSpan(code)
        case .lineBreak where inHeading || inCell:
            // An ATX heading or a cell is one line: a break in it can only be written as a space.
            out += " "
        case .lineBreak:
            out += "\\\n"
            atLineStart = true
            return
        }
        atLineStart = false
    }

    private mutating func delimited(_ content: [Inline], by delimiter: String) {
        out += delimiter
        atLineStart = false
        append(content)
        out += delimiter
    }

    /// Whether `*` delimiters around `content` would meet a `*` run before or inside it.
    private func touchesStar(_ content: [Inline]) -> Bool {
        func isStarred(_ inline: Inline?) -> Bool {
            switch inline { case .emphasis?, .strong?: true; default: false }
        }
        return out.last == "*" || isStarred(content.first) || isStarred(content.last)
    }

    /// Backslash-escapes what Markdown would read as syntax. Inline markers are escaped
    /// everywhere; block markers only at the start of a line.
    static func escaped(_ text: String, atLineStart: Bool, inHeading: Bool) -> String {
        var result = ""
        for (index, character) in zip(text.indices, text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<":
                result += "\\"
            case "#" where inHeading:
                result += "\\"
            case "&" where text[index...].prefixMatch(of: /&#?[A-Za-z0-9]+;/) != nil:
                result += "\\"
            default:
                break
            }
            result.append(character)
        }
        guard atLineStart else { return result }
        if let first = result.first, "#>-+=~|".contains(first) {
            return "\\" + result
        }
        if let number = result.prefixMatch(of: /\d{1,9}(?=[.)])/) {
            return result[..<number.range.upperBound] + "\\" + result[number.range.upperBound...]
        }
        return result
    }

    /// A link destination, in `<…>` when it has spaces or parentheses.
    private static func destination(_ url: String) -> String {
        let escaped = url.replacing(/[\\<>]/) { "\\" + $0.output }
            .replacing(/&(?=#?[A-Za-z0-9]+;)/) { _ in "\\&" }
        return url.isEmpty || url.contains(where: { " ()<>".contains($0) || $0.isNewline }) ? "<\(escaped)>" : escaped
    }

    /// A code span fenced by more backticks than any run inside it, padded with spaces
    /// when the code starts or ends with a backtick or a space, which the fence would eat.
    private static func codeSpan(_ code: String) -> String {
        let longestRun = code.split { $0 != "`" }.map(\.count).max() ?? 0
        let fence = String(repeating: "`", count: longestRun + 1)
        let pad = code.first == "`" || code.last == "`" || (code.first == " " && code.last == " " && !code.allSatisfy { $0 == " " })
        return pad ? "\(fence) \(code) \(fence)" : fence + code + fence
    }
}
