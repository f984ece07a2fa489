import Foundation
import FeuilletLayout
import FeuilletPipeline

/// The summary of a batch, written to `Output/report.json`; shards' reports merge.
public struct BatchReport: Sendable, Codable {
    public var engine: String
    public var seconds: Double
    public var outputs: [BatchResult]
    /// What went wrong around the jobs (no worker could start, the state was not saved).
    public var notes: [String]
    /// Jobs of the plan that were not made: Ctrl-C, or a failure every job would share.
    public var notMade: Int
    /// Why the batch stopped before its end, if it did.
    public var stopped: String?

    public var written: Int { outputs.filter { $0.status == .written }.count }
    public var upToDate: Int { outputs.filter { $0.status == .upToDate }.count }
    public var skipped: [BatchResult] { outputs.filter { $0.status == .skipped } }
    public var failed: [BatchResult] { outputs.filter { $0.status == .failed } }
    /// Cards of data files' rows not made, a row counted at each style and preset (their
    /// jobs wrote the other rows).
    public var failedRows: Int { outputs.reduce(0) { $0 + $1.findings.filter { $0.rule == DataCards.rowRule && $0.severity == .error }.count } }

    public init(engine: String, seconds: Double, outputs: [BatchResult], notes: [String] = [], notMade: Int = 0, stopped: String? = nil) {
        self.engine = engine
        self.seconds = seconds
        self.outputs = outputs.sorted { $0.key < $1.key }
        self.notes = notes
        self.notMade = notMade
        self.stopped = stopped
    }

    /// Several reports as one: every output once, a later report's entry replacing an
    /// earlier one's (shards; a `--only` run over the last whole one), times added.
    public static func merged(_ reports: [BatchReport]) -> BatchReport {
        var byKey: [String: BatchResult] = [:]
        for report in reports { for output in report.outputs { byKey[output.key] = output } }
        return BatchReport(engine: reports.last?.engine ?? EngineVersion.name, seconds: reports.map(\.seconds).reduce(0, +), outputs: Array(byKey.values),
                           notes: reports.flatMap(\.notes), notMade: reports.map(\.notMade).reduce(0, +),
                           stopped: reports.compactMap(\.stopped).first)
    }

    /// The report as a later run that did not make its outputs keeps it: what was written
    /// then is up to date now, its notes and times are the old run's.
    var asKept: BatchReport {
        var kept = self
        for n in kept.outputs.indices where kept.outputs[n].status == .written { (kept.outputs[n].status, kept.outputs[n].milliseconds) = (.upToDate, 0) }
        (kept.notes, kept.seconds, kept.notMade, kept.stopped) = ([], 0, 0, nil)
        return kept
    }

    /// Pretty JSON with sorted keys, and `/` written as itself (not `\/`).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// The whole batch's report in its output folder (a shard's is `Shard.reportName`).
    public static let fileName = "report.json"

    /// A report as `json()` wrote it.
    public static func read(_ url: URL) throws -> BatchReport {
        try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: url))
    }

    /// How many examples of one rule's messages the summary shows before pointing to the report.
    static let examples = 3

    /// The lines a person reads at the end: the counts; every finding of every job, grouped
    /// by severity and rule and counted, each different message once with the jobs it came
    /// from; the skipped jobs and the failures (jobs that failed for the same reason on one
    /// line); the notes, and why it stopped early.
    public var summary: String { heading + Self.timing(seconds) + details }

    /// The summary's first line but its time: the counts.
    var heading: String {
        var head = String(format: "%d job%@: %d written, %d up to date, %d skipped, %d failed", outputs.count, outputs.count == 1 ? "" : "s",
                          written, upToDate, skipped.count, failed.count)
        if notMade > 0 { head += ", \(notMade) not made" }
        if failedRows > 0 { head += ", \(failedRows) data card\(failedRows == 1 ? "" : "s") not made (a bad row at a style and preset)" }
        return head
    }

    /// How long the run took, after `heading`: " in 0.05 s" (not `String(format:)`, whose
    /// first call sets up a locale that an up-to-date batch has no other use for).
    static func timing(_ seconds: Double) -> String {
        let hundredths = Int((max(0, seconds) * 100).rounded())
        return " in \(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) s"
    }

    /// The summary's lines after the first, each after a line break.
    var details: String {
        var lines: [String] = []
        for severity in [Finding.Severity.error, .warning, .note] {
            var byRule: [String: [(key: String, message: String)]] = [:]
            for output in outputs { for finding in output.findings where finding.severity == severity { byRule[finding.rule, default: []].append((output.key, finding.message)) } }
            for (rule, found) in byRule.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
                let jobs = Set(found.map(\.key)).count
                lines.append("\(severity.rawValue): \(rule): \(found.count) in \(jobs) job\(jobs == 1 ? "" : "s")")
                guard severity != .note else { continue }
                let messages = Self.grouped(found.map { ($0.message, $0.key) })
                for (message, keys) in messages.prefix(Self.examples) { lines.append("  \(message) (\(Self.jobs(keys)))") }
                if messages.count > Self.examples { lines.append("  … \(messages.count - Self.examples) other messages of \(rule): report.json") }
            }
        }
        for (reason, keys) in Self.grouped(skipped.map { ($0.reason ?? "nothing to make", $0.key) }) { lines.append("skipped: \(Self.jobs(keys)): \(reason)") }
        for (reason, keys) in Self.grouped(failed.map { ($0.error ?? "unknown error", $0.key) }) { lines.append("failed: \(Self.jobs(keys)): \(reason)") }
        lines += notes.map { "note: \($0)" }
        if let stopped { lines.append("stopped: \(stopped)") }
        return lines.map { "\n" + $0 }.joined()
    }

    /// Each text once, in the order first met, with the jobs it came from.
    private static func grouped(_ pairs: [(text: String, key: String)]) -> [(String, [String])] {
        var order: [String] = [], keys: [String: [String]] = [:]
        for (text, key) in pairs {
            if keys[text] == nil { order.append(text); keys[text] = [] }
            if keys[text]!.last != key { keys[text]!.append(key) }
        }
        return order.map { ($0, keys[$0]!) }
    }

    /// `metastases/classique/a4`, or `12 jobs (a, b, c, …)`.
    private static func jobs(_ keys: [String]) -> String {
        keys.count == 1 ? keys[0] : "\(keys.count) jobs (\(keys.prefix(3).joined(separator: ", "))\(keys.count > 3 ? ", …" : ""))"
    }
}
