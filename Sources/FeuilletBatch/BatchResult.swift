import FeuilletLayout

/// What became of one job.
public struct BatchResult: Sendable, Codable {
    /// `skipped`: an optional output the article has no content for (a quote card with no
    /// quote), as `cards` skips it; not a failure.
    public enum Status: String, Sendable, Codable { case written, upToDate = "up-to-date", skipped, failed }

    public var key: String
    public var article: String
    public var style: String
    public var target: String
    public var status: Status
    /// The files made, relative to the output folder.
    public var files: [String]
    public var milliseconds: Double
    public var pages: Int
    /// Everything the article's import and the rendition's checks found (layout, not-shown,
    /// alt-text, fonts, contrast, typography, press…): kept for up-to-date jobs too.
    public var findings: [Finding]
    public var error: String?
    /// Why a skipped job made nothing.
    public var reason: String?
    /// The job failed in a way every other job would (the disk is full or read-only): the
    /// batch stops.
    public var stopsBatch = false
    /// The article's `lang` (nil when it could not be read): the contact sheet's words.
    public var language: String?
    /// The files the job read besides its article and style sheets (pictures, logos, the
    /// hyphenation dictionary, font files): in its fingerprint, not in the report.
    var reads: [String] = []

    public init(key: String, article: String, style: String, target: String, status: Status, files: [String] = [], milliseconds: Double = 0,
                pages: Int = 0, findings: [Finding] = [], error: String? = nil, reason: String? = nil) {
        (self.key, self.article, self.style, self.target, self.status) = (key, article, style, target, status)
        (self.files, self.milliseconds, self.pages, self.findings, self.error, self.reason) = (files, milliseconds, pages, findings, error, reason)
    }

    enum CodingKeys: String, CodingKey { case key, article, style, target, status, files, milliseconds, pages, findings, error, reason, stopsBatch, language }
}
