import Foundation
import Testing
import Yams
@testable import FeuilletModel

@Suite("YAML is bounded before it is composed")
struct BoundedYAMLTests {
    static let limits = InputLimits(what: "a test", bytes: 10_000, yamlNodes: 100, yamlAliases: 5, yamlDepth: 6)

    /// The diagnostic `yaml` is refused with (an issue when it is accepted).
    func refusal(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        do {
            _ = try BoundedYAML.compose(yaml, file: "t.yml", limits: Self.limits)
            Issue.record("accepted", sourceLocation: sourceLocation)
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    @Test("values are counted once aliases are expanded, exactly: 100 pass, 101 do not")
    func exactCount() throws {
        // The root mapping, a key, a list, then 97 scalars: 100 values.
        func list(_ count: Int) -> String { "a: [" + Array(repeating: "x", count: count).joined(separator: ", ") + "]" }
        #expect(try BoundedYAML.compose(list(97), file: "t.yml", limits: Self.limits) != nil)
        #expect(refusal(list(98))?.description == "t.yml:1:296: error: more than 100 YAML values once aliases (*name) are expanded: a test is not that large")
        // An anchored list of ten values, five times more: 14 + 5 × 10 = 64.
        #expect(try BoundedYAML.compose("a: &a [x, x, x, x, x, x, x, x, x]\nb: [*a, *a, *a, *a, *a]", file: "t.yml", limits: Self.limits) != nil)
        // b holds three of them (31 values); c's second alias of b reaches 108.
        #expect(refusal("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b]")?.description
                == "t.yml:3:9: error: more than 100 YAML values once aliases (*name) are expanded: a test is not that large")
    }

    @Test("aliases are counted")
    func aliasCount() {
        #expect(refusal("a: &a x\nb: [*a, *a, *a, *a, *a, *a]")?.description
                == "t.yml:2:25: error: more than 5 YAML aliases (*name): a test needs few, if any")
    }

    @Test("depth counts what an alias brings in")
    func depth() throws {
        #expect(try BoundedYAML.compose("a: [[[[x]]]]", file: "t.yml", limits: Self.limits) != nil)
        #expect(refusal("a: [[[[[x]]]]]")?.description == "t.yml:1:9: error: YAML values nested more than 6 levels deep: a test is not that deep")
        #expect(refusal("a: &a [[[x]]]\nb: [[*a]]")?.description == "t.yml:2:6: error: YAML values nested more than 6 levels deep: a test is not that deep")
    }

    @Test("merge keys are counted like any alias")
    func merges() {
        #expect(refusal("a: &a { p: 1, q: 2, r: 3, s: 4, t: 5, u: 6, v: 7, w: 8, x: 9, y: 10 }\nb: &b { <<: [*a, *a] }\nc: { <<: [*b, *b] }")?.line == 3)
    }

    @Test("keys are plain text: lists, mappings, aliases of them and explicit keys are refused before Yams hashes and sorts them")
    func keys() throws {
        let plain = "YAML keys must be plain text, not lists or mappings"
        #expect(refusal("a: &a [x, y]\nb: { *a : 1 }")?.description == "t.yml:2:6: error: \(plain)")
        #expect(refusal("[x, y]: 1")?.description == "t.yml:1:1: error: \(plain)")
        #expect(refusal("a: { {p: 1}: 2 }")?.description == "t.yml:1:6: error: \(plain)")
        #expect(refusal("? x\n")?.description == "t.yml:1:1: error: explicit YAML keys (`? key`) are not supported: write `key: value`")
        // Keys given twice, each nested deeper than the last (Yams compares them in 2^depth steps).
        let nested = (1...4).map { String(repeating: "? ", count: 20 + $0) + "x" }.flatMap { [$0, $0] }.joined(separator: "\n")
        #expect(refusal(nested)?.line == 1)
        #expect(refusal("a: { " + String(repeating: "[", count: 7) + "x" + String(repeating: "]", count: 7) + ": 1 }")?.description
                == "t.yml:1:1: error: YAML keys must be plain text: this line opens more than 6 lists or mappings before a colon")
        // An alias of text is a plain key.
        #expect(try BoundedYAML.compose("a: &a x\nb: { *a : 1 }", file: "t.yml", limits: Self.limits) != nil)
    }

    @Test("a redefined anchor counts at the size it has where the alias is")
    func shadowedAnchor() throws {
        let yaml = "a: &a [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]\nb: &a x\nc: [*a, *a, *a, *a, *a]"
        #expect(try BoundedYAML.compose(yaml, file: "t.yml", limits: Self.limits) != nil)
    }

    @Test("stars in text are not aliases; the document reads as without the bounds")
    func starsInText() throws {
        let yaml = "title: \"Les *métastases*\"\nnote: 5 * 3\nbullet: '*'\nlist: [a*b]\n"
        let node = try #require(try BoundedYAML.compose(yaml, file: "t.yml", limits: Self.limits))
        #expect(node == (try Yams.compose(yaml: yaml)))
    }

    @Test("YAML errors stay Yams's, keys given twice named as written")
    func syntaxErrors() {
        #expect(throws: YamlError.self) { try BoundedYAML.compose("a: *nothing", file: "t.yml", limits: Self.limits) }
        do {
            _ = try BoundedYAML.compose("a: &a x\n\"Pourquoi ?\": 1\n\"Pourquoi ?\": 2", file: "t.yml", limits: Self.limits)
            Issue.record("no error")
        } catch YamlError.duplicatedKeysInMapping(let keys, _) {
            #expect(keys == ["Pourquoi ?"])
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("front matter: an alias bomb is refused at its line in the article")
    func frontMatterBomb() {
        let bomb = (["k0: &k0 [a, b, c, d, e, f, g, h, i, j]"] + (1...5).map { "k\($0): &k\($0) [" + Array(repeating: "*k\($0 - 1)", count: 10).joined(separator: ", ") + "]" })
        let text = "---\ntitle: T\n" + bomb.joined(separator: "\n") + "\n---\nTexte.\n"
        let error = #expect(throws: Diagnostic.self) { try MarkdownImporter().importDocument(text, file: "a.md") }
        #expect(error?.description == "a.md:6:45: error: more than 10000 YAML values once aliases (*name) are expanded: front matter is not that large")
    }

    @Test("front matter larger than 64 KB is refused")
    func frontMatterTooLarge() {
        let text = "---\ntitle: T\nsummary: \"" + String(repeating: "mot ", count: 20_000) + "\"\n---\nTexte.\n"
        let error = #expect(throws: Diagnostic.self) { try MarkdownImporter().importDocument(text, file: "a.md") }
        #expect(error?.description == "a.md:1:1: error: too large: front matter may have at most 64 KB")
    }

    @Test("an article larger than 10 MB is refused in one line; 5 MB is read")
    func articleSize() throws {
        let error = #expect(throws: Diagnostic.self) { try ArticleText.decode(Data(count: 10_000_001), file: "a.md") }
        #expect(error?.description == "a.md:1:1: error: too large: an article may have at most 10 MB")
        #expect(try ArticleText.decode(Data(repeating: 0x61, count: 5_000_000), file: "a.md").utf8.count == 5_000_000)
    }
}
