import FeuilletLayout
import FeuilletPipeline

/// One picture the studio shows: an article of `Articles/` (its file name) in a style of
/// `Styles/`, made into a target.
public struct VariantKey: Hashable, Sendable, Codable, Comparable {
    public var article: String
    public var style: String
    public var target: String

    public init(article: String, style: String, target: String) {
        self.article = article
        self.style = style
        self.target = target
    }

    /// In the order of the page: by style, then targets as `Studio.targets` lists them.
    public static func < (a: VariantKey, b: VariantKey) -> Bool {
        (a.article, a.style, Studio.order(a.target)) < (b.article, b.style, Studio.order(b.target))
    }
}

/// What the page knows of a variant: its state, its last good pictures (their number,
/// size and text) and its problems, with a version that changes on every render.
public struct VariantView: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable {
        /// Not made yet, or being made again after a change.
        case waiting
        case ready
        /// The last render failed: `problems` say why; the pictures are the last good ones.
        case failed
    }

    public var key: VariantKey
    public var state: State
    /// Counts renders, so that a picture's address changes when it is redone.
    public var version: Int
    /// The render that made the pictures shown (0: none yet).
    public var pictureVersion: Int
    public var pages: Int
    /// Each picture's size in pixels.
    public var sizes: [[Int]]
    /// The text of each page as laid out, line after line: what the picture says, for screen
    /// readers and for finding a word.
    public var texts: [String]
    public var problems: [Problem]
    /// The file types it can be downloaded as (`pdf`, `png`).
    public var downloads: [String]
    /// Seconds the last render took.
    public var seconds: Double

    init(key: VariantKey, downloads: [String]) {
        self.key = key
        state = .waiting
        version = 0
        pictureVersion = 0
        pages = 0
        sizes = []
        texts = []
        problems = []
        self.downloads = downloads
        seconds = 0
    }
}
