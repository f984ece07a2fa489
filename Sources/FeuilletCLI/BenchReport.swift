import Foundation

struct BenchResult: Codable {
    var name: String
    var milliseconds: Double
}

/// What `feuillet bench` measured, as a table for people or JSON for machines.
struct BenchReport: Codable {
    var runs: Int
    var results: [BenchResult]
    var pngBytes: Int
    var cairoPNGBytes: Int
    /// Jobs of the default batch that failed (an article too long for a fixed format).
    var batchFailures: Int
    /// This process's: the batch's worker processes are not in it (scripts/measure.sh
    /// samples the whole process tree for that; the kernel's figure for children counts
    /// the memory of the program that started them).
    var peakMemoryMB: Double

    var table: String {
        let width = results.map(\.name.count).max() ?? 0
        let rows = results.map { $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %8.2f ms", $0.milliseconds) }
        return (["median of \(runs) runs"] + rows + [
            String(format: "card PNG size: %d bytes (Cairo's writer: %d, ratio %.2f)", pngBytes, cairoPNGBytes, Double(pngBytes) / Double(cairoPNGBytes)),
            String(format: "peak memory: %.1f MB (this process, with the one-worker batch in it; scripts/measure.sh sums all a batch's processes)", peakMemoryMB),
        ] + (batchFailures > 0 ? ["default batch: \(batchFailures) jobs failed (see feuillet batch)"] : [])).joined(separator: "\n")
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// Peak resident memory of this process (Linux reports kilobytes).
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
