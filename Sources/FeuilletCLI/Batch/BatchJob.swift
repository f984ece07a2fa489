/// One variant to make: an article in a style, in one target shape.
public struct BatchJob: Sendable, Hashable {
    /// Article file path, and the name its outputs go under.
    public var article: String
    public var articleName: String
    /// Style name or path as the manifest gives it, and the name its outputs go under.
    public var style: String
    public var styleName: String
    public var target: BatchTarget

    /// `article/style/target`, the name `--only` matches and reports use.
    public var key: String { "\(articleName)/\(styleName)/\(target.name)" }

    /// Output folder names are file names without their folders and extension, so that
    /// nothing a manifest says can write outside the output folder.
    static func safeName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        let base = last.hasPrefix(".") ? last : (last.lastIndex(of: ".").map { String(last[..<$0]) } ?? last)
        return base.isEmpty || base.hasPrefix(".") ? "_" + base.filter { $0 != "." } : base
    }

    /// The job's shard (1…count), stable however the plan grows: a hash of its key.
    func shard(of count: Int) -> Int {
        Int(FNV1a.hash(key.utf8) % UInt64(count)) + 1
    }
}
