import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting
import FeuilletLayout
import FeuilletRender

/// The folders a run works from (Styles/, Fonts/, Articles/, Output/) and what is built
/// once from them: the font library, the style loader and the hyphenation dictionary.
public struct Workspace: Sendable {
    public let root: URL
    public let fonts: FontLibrary
    public let styles: StyleLoader
    public let hyphenator: Hyphenator
    /// The dictionary file `hyphenator` was loaded from: outputs depend on it.
    public let hyphenationDictionary: String

    public init(root: URL, extraFontFolders: [String] = [], hyphenationDictionary: String = Hyphenator.defaultDictionary) throws {
        self.root = root
        let fontRoot = root.appendingPathComponent("Fonts")
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: fontRoot.path)) ?? []).sorted()
            .map { fontRoot.appendingPathComponent($0).path }
            .filter { var dir: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &dir) && dir.boolValue }
        fonts = try FontLibrary(folders: folders + extraFontFolders)
        styles = StyleLoader(folders: [root.appendingPathComponent("Styles")], knownFamilies: fonts.families)
        hyphenator = try Hyphenator.shared(path: hyphenationDictionary)
        self.hyphenationDictionary = hyphenationDictionary
    }

    public var articlesFolder: URL { root.appendingPathComponent("Articles") }

    /// The CMYK profile of the press file's output intent (FOGRA39), read from `Profiles/`.
    public func pressColorSpace() throws -> PressColorSpace {
        let file = root.appendingPathComponent(PressColorSpace.profileFile)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw Diagnostic(file: file.path, line: 1, column: 1, message: "cannot read the press profile (scripts/make-press-profile.sh makes it)")
        }
        return try PressColorSpace(profile: [UInt8](data))
    }
    public var outputFolder: URL { root.appendingPathComponent("Output") }

    /// What a file named on the command line must end with to be taken for an article
    /// (`feuillet x.md` renders it): Markdown, or a page copied from the Q&A site.
    public static func isArticle(_ path: String) -> Bool {
        ["md", "txt"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// Reads an article: Markdown (`.md`) or the scraped text form (anything else).
    public func loadArticle(_ path: String, strict: Bool = false) throws -> (Document, [Diagnostic]) {
        try Self.readArticle(path, strict: strict)
    }

    /// Reads an article as `loadArticle` does, without a workspace (it needs none of its fonts).
    public static func readArticle(_ path: String, strict: Bool = false) throws -> (Document, [Diagnostic]) {
        let (text, cleaned) = ArticleText.removingControlCharacters(try Self.readText(path), file: path)
        let (document, warnings) = URL(fileURLWithPath: path).pathExtension.lowercased() == "md"
            ? try MarkdownImporter(strict: strict).importDocument(text, file: path)
            : try RawArticleImporter().importDocument(text, file: path)
        return (document, cleaned + warnings)
    }

    /// An article's text, or a one-line diagnostic naming it: never more than an article
    /// may hold is read into memory.
    public static func readText(_ path: String) throws -> String {
        try ArticleText.read(path, limits: .article)
    }
}
