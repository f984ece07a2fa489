import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport

/// The pipeline hyphenates an article by its `lang:`: the same words, set in the same narrow
/// justified columns, break where English puts its hyphens in an English article and where
/// French puts them in a French one.
@Suite("Hyphenation of a rendered article in its language")
struct HyphenationLanguageRenderTests {
    /// Words whose English and French hyphenation points differ (hyph_en_US.dic, hyph_fr.dic),
    /// among short ones, so that lines do not all end at a word's end.
    static let words = ["knowledge", "breathing", "nothing", "whatever"]
    static let fillers = ["a", "the", "of", "to", "an"]
    static let english: Set<String> = ["knowl", "breath", "noth", "what"]
    static let french: Set<String> = ["know", "brea", "no", "wha", "whate"]

    /// The word fragments before a hyphen at the end of a line of the trifold's text.
    func lineEndFragments(lang: String) throws -> Set<String> {
        var seed: UInt64 = 7
        let body = (0..<16).map { _ in
            (0..<22).map { _ in
                seed = (seed &* 1_103_515_245 &+ 12_345) % 2_147_483_648
                let all = Self.words + Self.fillers
                return all[Int(seed >> 16) % all.count]
            }.joined(separator: " ") + "."
        }
        let file = Support.temporaryFolder().appendingPathComponent("words.md")
        try "---\ntitle: Words\nlang: \(lang)\n---\n\n\(body.joined(separator: "\n\n"))\n".write(to: file, atomically: true, encoding: .utf8)
        let rendition = try Support.rendition(.print(.trifold), article: file.path)
        let pdf = try Support.pipeline.write(rendition, in: OutputLocation(folder: Support.temporaryFolder()))[0]
        let text = try Support.tool(["pdftotext", pdf.path, "-"]).output
        // The hyphen Feuillet sets at a break is U+2010.
        return Set(text.split(separator: "\n").compactMap { line in
            guard let last = line.split(separator: " ").last, last.hasSuffix("\u{2010}") || last.hasSuffix("-") else { return nil }
            let fragment = String(last.dropLast())
            return Self.words.contains { $0.hasPrefix(fragment) } ? fragment : nil
        })
    }

    @Test("lang: en breaks at English points only; lang: fr at French ones only")
    func byLanguage() throws {
        let english = try lineEndFragments(lang: "en"), french = try lineEndFragments(lang: "fr")
        #expect(!english.isEmpty && english.isSubset(of: Self.english), "\(english)")
        #expect(!french.isEmpty && french.isSubset(of: Self.french), "\(french)")
    }
}
