import Foundation

/// Shows a batch going: a bar redrawn in place on a terminal (done/total, current item,
/// estimated time left), plain lines otherwise, nothing with `--quiet`. Called from the
/// workers, so it locks.
final class Progress: @unchecked Sendable {
    enum Mode { case bar, lines, quiet }

    private let lock = NSLock()
    private let total: Int
    private let mode: Mode
    private let start = Date()
    private var done = 0

    init(total: Int, quiet: Bool) {
        self.total = total
        mode = quiet ? .quiet : (isatty(STDERR_FILENO) != 0 ? .bar : .lines)
    }

    func finished(_ result: BatchResult) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        switch mode {
        case .quiet: return
        case .lines:
            let detail = result.status == .failed ? ": \(result.error ?? "")" : String(format: " (%.0f ms)", result.milliseconds)
            write("[\(done)/\(total)] \(result.status.rawValue) \(result.key)\(detail)\n")
        case .bar:
            let elapsed = Date().timeIntervalSince(start)
            let left = done < total ? elapsed / Double(done) * Double(total - done) : 0
            let width = 30, filled = width * done / max(total, 1)
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            write(String(format: "\r\u{1B}[2K%@ %d/%d  ETA %.0f s  %@", bar, done, total, left, result.key) + (done == total ? "\n" : ""))
            if result.status == .failed { write("\r\u{1B}[2Kfailed: \(result.key): \(result.error ?? "")\n") }
        }
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}
