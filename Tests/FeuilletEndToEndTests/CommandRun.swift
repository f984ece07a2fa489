import ArgumentParser
import Foundation
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletCLI

extension Support {
    /// Standard output and error belong to the whole test process: one capture at a time.
    private static let captureLock = NSLock()

    /// Runs `feuillet` in-process with `arguments`; returns its exit code and what it printed
    /// on standard output and standard error (other tests' output may be mixed in).
    static func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        captureLock.lock()
        defer { captureLock.unlock() }
        let output = Capture(1), errors = Capture(2)
        var status: Int32 = 0
        do {
            var command = try Feuillet.parseAsRoot(try Feuillet.route(arguments))
            try command.run()
        } catch {
            status = Feuillet.exitCode(for: error).rawValue
            // What `main` prints for a usage error (a command's own errors are printed already).
            if !(error is ExitCode) { FileHandle.standardError.write(Data((Feuillet.message(for: error) + "\n").utf8)) }
        }
        return (status, output.finish(), errors.finish())
    }
}

/// A file descriptor sent to a temporary file until `finish()` restores it.
private final class Capture {
    let fd: Int32
    let saved: Int32
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("feuillet-capture-\(UUID().uuidString)")

    init(_ fd: Int32) {
        self.fd = fd
        fflush(nil)
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let file = open(url.path, O_WRONLY)
        saved = dup(fd)
        dup2(file, fd)
        close(file)
    }

    func finish() -> String {
        fflush(nil)
        dup2(saved, fd)
        close(saved)
        defer { try? FileManager.default.removeItem(at: url) }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
