import Foundation
import FeuilletModel
import FeuilletPipeline

/// One variant to make: an article in a style, in one target shape.
public struct BatchJob: Sendable, Hashable {
    /// Article file path, and the name its outputs go under.
    public let article: String
    public let articleName: String
    /// Style name or path as the manifest gives it, and the name its outputs go under.
    public let style: String
    public let styleName: String
    public let target: Target
    /// What the manifest sets for its target (fit, bleed, marks, dpi).
    public let settings: JobSettings
    /// For a data file's cards (`article` is then the data file): the column of each field.
    public let mapping: [String: String]?

    public init(article: String, style: String, target: Target, settings: JobSettings = JobSettings(), mapping: [String: String]? = nil) {
        self.article = article
        articleName = OutputLocation.safeName(article)
        self.style = style
        styleName = OutputLocation.safeName(style)
        self.target = target
        self.settings = settings
        self.mapping = mapping
        key = "\(articleName)/\(styleName)/\(target.name)"
    }

    /// `article/style/target`, the name `--only` matches and reports use (made once: it
    /// keys every table of a batch).
    public let key: String

    /// The mapping, for the job's fingerprint.
    var mappingSignature: String { mapping.map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n") } ?? "" }

    /// Where its files go under the output folder `root`.
    func location(in root: URL) -> OutputLocation { OutputLocation(root: root, article: article, style: style) }

    /// The job's shard (1…count), stable however the plan grows: a hash of its key.
    func shard(of count: Int) -> Int {
        Int(FNV1a.hash(key.utf8) % UInt64(count)) + 1
    }
}
