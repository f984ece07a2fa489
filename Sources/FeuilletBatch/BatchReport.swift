import Foundation
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
    public var failed: [BatchResult] { outputs.filter { $0.status == .failed } }

    public init(engine: String, seconds: Double, outputs: [BatchResult], notes: [String] = [], notMade: Int = 0, stopped: String? = nil) {
        self.engine = engine
        self.seconds = seconds
        self.outputs = outputs.sorted { $0.key < $1.key }
        self.notes = notes
        self.notMade = notMade
        self.stopped = stopped
    }

    /// Several shards' reports as one: every output once, times added.
    public static func merged(_ reports: [BatchReport]) -> BatchReport {
        var byKey: [String: BatchResult] = [:]
        for report in reports { for output in report.outputs { byKey[output.key] = output } }
        return BatchReport(engine: reports.first?.engine ?? EngineVersion.name, seconds: reports.map(\.seconds).reduce(0, +), outputs: Array(byKey.values),
                           notes: reports.flatMap(\.notes), notMade: reports.map(\.notMade).reduce(0, +),
                           stopped: reports.compactMap(\.stopped).first)
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// The lines a person reads at the end: the counts, then each failure once (jobs that
    /// failed for the same reason on one line), the notes, and why it stopped early.
    public var summary: String {
        var head = String(format: "%d written, %d up to date, %d failed", written, upToDate, failed.count)
        if notMade > 0 { head += ", \(notMade) not made" }
        var lines = [head + String(format: " in %.2f s", seconds)]
        var reasons: [String] = [], keys: [String: [String]] = [:]
        for result in failed {
            let reason = result.error ?? "unknown error"
            if keys[reason] == nil { reasons.append(reason) }
            keys[reason, default: []].append(result.key)
        }
        for reason in reasons {
            let jobs = keys[reason]!
            lines.append(jobs.count == 1 ? "failed: \(jobs[0]): \(reason)"
                : "failed: \(jobs.count) jobs (\(jobs.prefix(3).joined(separator: ", "))\(jobs.count > 3 ? ", …" : "")): \(reason)")
        }
        lines += notes.map { "note: \($0)" }
        if let stopped { lines.append("stopped: \(stopped)") }
        return lines.joined(separator: "\n")
    }
}
