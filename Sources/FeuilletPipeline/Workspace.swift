import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting
import FeuilletLayout
import FeuilletRender

/// The folders a run works from (Styles/, Fonts/, Articles/, Output/) and what is built
/// once from them: the font library (fontconfig; with `fontsOnFirstUse`, when a run first
/// needs it, so that a batch with nothing to make builds none), the style loader and the
/// hyphenation dictionaries (on first use).
public struct Workspace: Sendable {
    public let root: URL
    /// The font folders (Fonts/<family>/ and those a user adds): every output depends on them.
    public let fontFolders: [String]
    private let library: Lazy<Result<FontLibrary, any Error>>
    /// The dictionary file of each language (`Hyphenator.dictionaries`): outputs depend on them.
    public let hyphenationDictionaries: [String: String]

    /// Throws when no font folder holds a font file, or (unless `fontsOnFirstUse`, which
    /// leaves it to `loadFonts`) when fontconfig reads none of them.
    public init(root: URL, extraFontFolders: [String] = [], hyphenationDictionaries: [String: String] = Hyphenator.dictionaries,
                fontsOnFirstUse: Bool = false) throws {
        self.root = root
        let fontRoot = root.appendingPathComponent("Fonts")
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: fontRoot.path)) ?? []).sorted()
            .map { fontRoot.appendingPathComponent($0).path }
            .filter { var dir: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &dir) && dir.boolValue }
        fontFolders = folders + extraFontFolders
        guard fontFolders.contains(where: { !FontLibrary.fontFiles($0).files.isEmpty }) else { throw FontLibrary.Failure.noFonts(fontFolders) }
        library = Lazy { [fontFolders] in Result { try FontLibrary(folders: fontFolders) } }
        self.hyphenationDictionaries = hyphenationDictionaries
        if !fontsOnFirstUse { _ = try loadFonts() }
    }

    /// The fonts of `fontFolders` in a private fontconfig configuration, made now if they
    /// were not yet; throws when fontconfig reads none of their files.
    @discardableResult
    public func loadFonts() throws -> FontLibrary { try library.value.get() }

    /// The fonts, loaded: by `init`, or with `fontsOnFirstUse` by `loadFonts` before any
    /// use (what a batch does before it makes anything).
    public var fonts: FontLibrary {
        guard case .success(let fonts) = library.value else { preconditionFailure("Workspace.fonts before loadFonts() succeeded") }
        return fonts
    }

    /// The style sheets of Styles/, checked against the fonts' families.
    public var styles: StyleLoader { StyleLoader(folders: [stylesFolder], knownFamilies: fonts.families) }

    /// The style sheets as files (what extends what), without the fonts: what a batch
    /// needs to know whether anything is to be made.
    public var styleFiles: StyleLoader { StyleLoader(folders: [stylesFolder]) }

    public var stylesFolder: URL { root.appendingPathComponent("Styles") }

    /// The dictionary file of `lang`'s language, nil for a language Feuillet does not hyphenate.
    public func hyphenationDictionary(for lang: String) -> String? { hyphenationDictionaries[Hyphenator.language(of: lang)] }

    /// The hyphenation of `lang`'s language (read once per process), nil for a language
    /// without a dictionary. Throws when its dictionary cannot be read.
    public func hyphenator(for lang: String) throws -> Hyphenator? {
        try hyphenationDictionary(for: lang).map { try Hyphenator.shared(path: $0) }
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
