import FeuilletLayout

/// What became of one job.
public struct BatchResult: Sendable, Codable {
    public enum Status: String, Sendable, Codable { case written, upToDate = "up-to-date", failed }

    public var key: String
    public var article: String
    public var style: String
    public var target: String
    public var status: Status
    public var files: [String]
    public var milliseconds: Double
    public var pages: Int
    public var warnings: [String]
    public var error: String?
    /// A small picture of the first page, for the contact sheet (not in the report).
    public var thumbnail: Image?
    /// The job failed in a way every other job would (the disk is full or read-only): the
    /// batch stops.
    public var stopsBatch = false

    enum CodingKeys: String, CodingKey { case key, article, style, target, status, files, milliseconds, pages, warnings, error, stopsBatch }
}
