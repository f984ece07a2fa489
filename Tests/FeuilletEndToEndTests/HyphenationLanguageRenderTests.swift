import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport

/// The pipeline hyphenates an article by its `lang:`: the same words, set in the same narrow
/// justified columns, break where English puts its hyphens in an English article and where
/// French puts them in a French one.
@Suite("Hyphenation of a rendered article in its language")
struct HyphenationLanguageRenderTests {
    /// Words whose English and French hyphenation points differ (hyph_en_US.dic, hyph_fr.dic).
    static let words = ["knowledge", "breathing", "nothing", "whatever"]
    static let english: Set<String> = ["knowl-", "breath-", "noth-", "what-"]
    static let french: Set<String> = ["know-", "brea-", "no-", "wha-", "whate-"]

    /// The word fragments before a hyphen at the end of a line of the trifold's text.
    func lineEndFragments(lang: String) throws -> Set<String> {
        let body = (0..<12).map { n in (0..<14).map { Self.words[($0 + n) % Self.words.count] }.joined(separator: " ") + "." }
        let file = Support.temporaryFolder().appendingPathComponent("words.md")
        try "---\ntitle: Words\nlang: \(lang)\n---\n\n\(body.joined(separator: "\n\n"))\n".write(to: file, atomically: true, encoding: .utf8)
        let rendition = try Support.rendition(.trifold, article: file.path)
        let pdf = try Support.pipeline.write(rendition, in: OutputLocation(folder: Support.temporaryFolder()))[0]
        let text = try Support.tool(["pdftotext", pdf.path, "-"]).output
        return Set(text.split(separator: "\n").compactMap { line in
            guard let last = line.split(separator: " ").last, last.hasSuffix("-"), Self.words.contains(where: { $0.hasPrefix(last.dropLast()) }) else { return nil }
            return String(last)
        })
    }

    @Test("lang: en breaks at English points only; lang: fr at French ones only")
    func byLanguage() throws {
        let english = try lineEndFragments(lang: "en"), french = try lineEndFragments(lang: "fr")
        #expect(!english.isEmpty && english.isSubset(of: Self.english), "\(english)")
        #expect(!french.isEmpty && french.isSubset(of: Self.french), "\(french)")
    }
}
