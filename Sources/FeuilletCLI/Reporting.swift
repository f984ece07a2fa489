import ArgumentParser
import Foundation
import FeuilletModel

/// Prints problems the way compilers do, one line each, on standard error.
enum Reporting {
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func warn(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { warn(d.description) }
    }

    /// Runs `body`; any error becomes one line on standard error and exit code 1.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            warn(String(describing: error).hasPrefix("error") || error is Diagnostic ? "\(error)" : "error: \(error)")
            throw ExitCode.failure
        }
    }
}
