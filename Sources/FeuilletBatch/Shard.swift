/// One machine's share of a batch: shard `index` of `count` (from 1).
public struct Shard: Sendable, Equatable {
    public var index: Int
    public var count: Int

    public struct Invalid: Error, CustomStringConvertible {
        public var text: String
        public var description: String { "--shard \"\(text)\" must be K/N with 1 ≤ K ≤ N, e.g. 2/3" }
    }

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `K/N`, as `--shard` takes it.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 2, parts[1] >= 1, (1...parts[1]).contains(parts[0]) else { throw Invalid(text: text) }
        self.init(index: parts[0], count: parts[1])
    }

    /// Its report's file name: `report-2-of-3.json`.
    var reportName: String { "report-\(index)-of-\(count).json" }
}
