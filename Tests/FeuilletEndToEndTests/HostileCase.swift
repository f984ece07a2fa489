import Testing
import FeuilletPipeline
import FeuilletTestSupport

/// One file of the hostile corpus (Tests/FeuilletEndToEndTests/Corpus) and what
/// `feuillet render` must do with it: render, or fail with one line naming file and line.
struct HostileCase: CustomTestStringConvertible, Sendable {
    enum Outcome: Sendable {
        /// Exit 0, the file written, every word placed; each warning contains one of these.
        case renders(warnings: [String] = [])
        /// Exit 1, no file, one line on standard error: `<file>:<line>:<column>: error: <message…>`.
        case fails(line: Int, message: String)
    }

    /// The article (`Corpus/…`); for a style case, the style (`Corpus/styles/…`) and the sample article.
    var article: String
    var style: String?
    var outcome: Outcome

    init(_ article: String, _ outcome: Outcome) { self.article = article; self.outcome = outcome }
    init(style: String, _ outcome: Outcome) { self.article = ""; self.style = style; self.outcome = outcome }

    var testDescription: String { style.map { "style " + $0 } ?? article }

    static let all: [HostileCase] = [
        .init("empty.md", .fails(line: 1, message: "no title")),
        .init("empty.txt", .fails(line: 1, message: "empty article")),
        .init("title-only.md", .renders()),
        .init("heading-only.md", .renders()),
        .init("invalid-utf8.md", .fails(line: 8, message: "not UTF-8")),
        .init("binary-junk.md", .fails(line: 1, message: "not UTF-8")),
        .init("long-word.md", .renders(warnings: ["broken without a hyphen"])),
        .init("emoji.md", .renders(warnings: ["font fallback", "drawn as empty boxes"])),
        .init("arabic.md", .renders(warnings: ["font fallback"])),
        .init("chinese.md", .renders(warnings: ["drawn as empty boxes"])),
        .init("combining.md", .renders()),
        .init("tabs.md", .renders(warnings: ["code block not supported"])),
        .init("control-chars.md", .renders(warnings: ["control character"])),
        .init("raw-html.md", .renders(warnings: ["HTML block not supported", "inline HTML not supported"])),
        .init("table.md", .renders(warnings: ["table not supported"])),
        .init("code-block.md", .renders(warnings: ["code block not supported"])),
        .init("missing-image.md", .renders(warnings: ["does not exist"])),
        .init("remote-image.md", .renders(warnings: ["never fetched"])),
        .init("deep-list.md", .renders(warnings: ["broken without a hyphen"])),
        .init("deep-quote.md", .renders()),
        // Each level steps in while the text keeps room: not at x = 12,054 pt on a 595 pt page.
        .init("quote-1000-deep.md", .renders()),
        .init("huge-title.md", .fails(line: 2, message: "`title` is 5500 characters long, more than 300")),
        .init("heading-levels.md", .renders(warnings: ["not supported; shown as level 3"])),
        .init("hostile-links.md", .renders(warnings: ["link dropped"])),
        .init("crlf.txt", .renders()),
        .init("frontmatter-title-list.md", .fails(line: 2, message: "`title` must be a single value")),
        .init("frontmatter-bad-date.md", .fails(line: 3, message: "`date` must be written yyyy-mm-dd")),
        .init("frontmatter-summary-mapping.md", .fails(line: 3, message: "`summary` must be a single value")),
        .init("frontmatter-key-messages-mapping.md", .fails(line: 3, message: "`key-messages` must be a list")),
        .init("frontmatter-numbers.md", .renders()),
        .init("frontmatter-unclosed.md", .fails(line: 1, message: "no closing `---`")),
        .init("frontmatter-bad-yaml.md", .fails(line: 3, message: "not valid YAML")),
        .init("frontmatter-alias-bomb.md", .fails(line: 4, message: "YAML keys must be plain text")),
        .init(style: "bad-syntax.yml", .fails(line: 4, message: "YAML syntax")),
        .init(style: "wrong-type.yml", .fails(line: 4, message: "roles.body.size")),
        .init(style: "boucle.yml", .fails(line: 1, message: "extends: cycle")),
        .init(style: "zero-columns.yml", .fails(line: 3, message: "page.columns")),
        .init(style: "huge-margins.yml", .fails(line: 3, message: "mm per column")),
        .init(style: "narrow-columns.yml", .fails(line: 4, message: "mm per column")),
        .init(style: "zero-size.yml", .fails(line: 3, message: "must be greater than zero")),
        .init(style: "negative-leading.yml", .fails(line: 3, message: "must be greater than zero")),
        .init(style: "unknown-font.yml", .fails(line: 3, message: "is not in Fonts/")),
        .init(style: "bad-color.yml", .fails(line: 3, message: "is not a colour")),
        .init(style: "duplicate-key.yml", .fails(line: 4, message: "key given twice")),
        .init(style: "not-utf8.yml", .fails(line: 1, message: "UTF-8")),
        .init(style: "binary.yml", .fails(line: 1, message: "control characters")),
        .init(style: "list-root.yml", .fails(line: 1, message: "expected a mapping")),
        // The built-in defaults are a plain 10.5 pt serif, which the checks flag for print.
        .init(style: "empty.yml", .renders(warnings: ["body-size: body text is 10.5 pt", "line-length: "])),
    ]
}
