import Foundation
import FeuilletPipeline

/// The summary of a batch, written to `Output/report.json`; shards' reports merge.
public struct BatchReport: Sendable, Codable {
    public var engine: String
    public var seconds: Double
    public var outputs: [BatchResult]
    /// What went wrong around the jobs (no worker could start, the state was not saved).
    public var notes: [String]

    public var written: Int { outputs.filter { $0.status == .written }.count }
    public var upToDate: Int { outputs.filter { $0.status == .upToDate }.count }
    public var failed: [BatchResult] { outputs.filter { $0.status == .failed } }

    public init(engine: String, seconds: Double, outputs: [BatchResult], notes: [String] = []) {
        self.engine = engine
        self.seconds = seconds
        self.outputs = outputs.sorted { $0.key < $1.key }
        self.notes = notes
    }

    /// Several shards' reports as one: every output once, times added.
    public static func merged(_ reports: [BatchReport]) -> BatchReport {
        var byKey: [String: BatchResult] = [:]
        for report in reports { for output in report.outputs { byKey[output.key] = output } }
        return BatchReport(engine: reports.first?.engine ?? EngineVersion.name, seconds: reports.map(\.seconds).reduce(0, +), outputs: Array(byKey.values),
                    notes: reports.flatMap(\.notes))
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// The lines a person reads at the end.
    public var summary: String {
        var lines = [String(format: "%d written, %d up to date, %d failed in %.2f s", written, upToDate, failed.count, seconds)]
        lines += failed.map { "failed: \($0.key): \($0.error ?? "unknown error")" }
        lines += notes.map { "note: \($0)" }
        return lines.joined(separator: "\n")
    }
}
