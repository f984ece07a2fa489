import Testing
import FeuilletPipeline
import FeuilletTestSupport

/// One file of the hostile corpus (Tests/FeuilletEndToEndTests/Corpus) and what
/// `feuillet render` must do with it: render, or fail with one line naming file and line.
struct HostileCase: CustomTestStringConvertible, Sendable {
    enum Outcome: Sendable {
        /// Exit 0, the file written, every word placed; each warning contains one of these.
        case renders(warnings: [String] = [])
        /// Exit 1, no file, these lines on standard error, in order: `<file>:<line>:<column>: error: <message…>`.
        case failsWith([Problem])

        /// Exit 1, no file, one line on standard error.
        static func fails(line: Int, message: String) -> Outcome { .failsWith([Problem(line: line, message: message)]) }
    }

    /// One error line: its line number and words it contains.
    struct Problem: Sendable {
        var line: Int
        var message: String
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
        .init("emoji.md", .renders(warnings: ["is an emoji: in a PDF it is drawn as a picture"])),
        .init("arabic.md", .renders(warnings: ["font fallback"])),
        .init("chinese.md", .renders(warnings: ["drawn as empty boxes"])),
        .init("combining.md", .renders()),
        .init("tabs.md", .renders(warnings: ["a code block is set as an ordinary paragraph"])),
        .init("control-chars.md", .renders(warnings: ["control character"])),
        .init("raw-html.md", .renders(warnings: ["an HTML block cannot be shown", "the HTML tag"])),
        .init("table.md", .renders()),
        .init("code-block.md", .renders(warnings: ["a code block is set as an ordinary paragraph"])),
        .init("missing-image.md", .fails(line: 8, message: "the image \"images/absent.png\" does not exist")),
        .init("remote-image.md", .fails(line: 8, message: "is remote and is never fetched")),
        .init("deep-list.md", .renders(warnings: ["broken without a hyphen"])),
        .init("deep-quote.md", .renders(warnings: ["nested deeper than 32 levels"])),
        // Each level steps in while the text keeps room: not at x = 12,054 pt on a 595 pt page.
        .init("quote-1000-deep.md", .renders(warnings: ["nested deeper than 32 levels are set at level 32"])),
        .init("huge-title.md", .fails(line: 2, message: "`title` is 5500 characters long, more than 300")),
        .init("heading-levels.md", .renders(warnings: ["not supported; shown as level 3"])),
        .init("hostile-links.md", .renders(warnings: ["link dropped"])),
        .init("crlf.txt", .renders()),
        .init("frontmatter-title-list.md", .fails(line: 2, message: "`title` must be a single value")),
        .init("frontmatter-bad-date.md", .fails(line: 3, message: "`date` must be written yyyy-mm-dd")),
        .init("frontmatter-summary-mapping.md", .fails(line: 3, message: "`summary` must be a single value")),
        .init("frontmatter-key-messages-mapping.md", .fails(line: 3, message: "`key-messages` must be a list")),
        .init("frontmatter-numbers.md", .renders(warnings: ["Feuillet has no labels in `true`"])),
        .init("frontmatter-unclosed.md", .fails(line: 1, message: "no closing `---`")),
        .init("frontmatter-bad-yaml.md", .fails(line: 3, message: "not valid YAML")),
        .init("frontmatter-alias-bomb.md", .fails(line: 4, message: "YAML keys must be plain text")),
        .init(style: "bad-syntax.yml", .fails(line: 4, message: "YAML syntax")),
        .init(style: "wrong-type.yml", .fails(line: 4, message: "roles.body.size")),
        .init(style: "boucle.yml", .fails(line: 1, message: "extends: cycle")),
        .init(style: "zero-columns.yml", .fails(line: 3, message: "page.columns")),
        .init(style: "huge-margins.yml", .failsWith([.init(line: 3, message: "page.margins.left: \"150mm\" must be from 0mm to 100mm"),
                                                     .init(line: 3, message: "page.margins.right: \"150mm\" must be from 0mm to 100mm")])),
        .init(style: "narrow-columns.yml", .fails(line: 4, message: "mm per column")),
        .init(style: "zero-size.yml", .fails(line: 3, message: "must be from 5pt to 36pt")),
        .init(style: "negative-leading.yml", .fails(line: 3, message: "must be from 0.8 to 3 (times the size)")),
        .init(style: "giant-size.yml", .fails(line: 3, message: "roles.body.size: \"5000pt\" must be from 5pt to 36pt")),
        .init(style: "huge-body.yml", .fails(line: 3, message: "roles.body.size: \"1000pt\" must be from 5pt to 36pt")),
        .init(style: "huge-title.yml", .fails(line: 3, message: "roles.title.size: \"1000pt\" must be from 5pt to 96pt")),
        .init(style: "size-billion.yml", .fails(line: 3, message: "roles.body.size: \"1000000000pt\" must be from 5pt to 36pt")),
        .init(style: "letter-spacing-negative.yml", .fails(line: 3, message: "\"-2em\" must be from -0.1em to 0.5em")),
        .init(style: "letter-spacing-huge.yml", .fails(line: 3, message: "\"1000em\" must be from -0.1em to 0.5em")),
        .init(style: "box-border-500mm.yml", .fails(line: 4, message: "decorations.boxes.summary.border: \"500mm\" (1417.323pt) must be from 0pt to 6pt")),
        .init(style: "page-50m.yml", .failsWith([.init(line: 3, message: "page.size[0]: \"50000mm\" must be from 50mm to 500mm"),
                                                 .init(line: 3, message: "page.size[1]: \"50000mm\" must be from 50mm to 500mm")])),
        .init(style: "bleed-2m.yml", .fails(line: 3, message: "page.bleed: \"2000mm\" must be from 0mm to 10mm")),
        .init(style: "wrong-types.yml", .failsWith([.init(line: 3, message: "roles.body.size: \"grand\" is not a length"),
                                                    .init(line: 4, message: "roles.title.weight: \"heavy\" must be a whole number")])),
        .init(style: "features-junk.yml", .fails(line: 3, message: "\"zzzz\" is not an OpenType feature")),
        .init(style: "alias-bomb-nested.yml", .fails(line: 6, message: "once aliases (*name) are expanded")),
        .init(style: "alias-bomb-keys.yml", .fails(line: 3, message: "YAML keys must be plain text")),
        .init(style: "alias-bomb-merge.yml", .fails(line: 5, message: "once aliases (*name) are expanded")),
        .init(style: "alias-bomb-long.yml", .fails(line: 3, message: "once aliases (*name) are expanded")),
        .init(style: "extends-passwd.yml", .fails(line: 1, message: "extends: \"/etc/passwd\" is not a style")),
        .init(style: "extends-shadow.yml", .fails(line: 1, message: "extends: \"/etc/shadow\" is not a style")),
        .init(style: "unknown-font.yml", .fails(line: 3, message: "is not in Fonts/")),
        .init(style: "bad-color.yml", .fails(line: 3, message: "is not a colour")),
        .init(style: "duplicate-key.yml", .fails(line: 4, message: "key given twice")),
        .init(style: "not-utf8.yml", .fails(line: 2, message: "UTF-8")),
        .init(style: "binary.yml", .fails(line: 1, message: "control characters")),
        .init(style: "list-root.yml", .fails(line: 1, message: "expected a mapping")),
        // The built-in defaults are a plain 10.5 pt serif, which the checks flag for print.
        .init(style: "empty.yml", .renders(warnings: ["body-size: body text is 10.5 pt", "line-length: "])),
    ]
}
