import ArgumentParser
import Foundation
import FeuilletModel
import FeuilletLayout
import FeuilletPipeline

/// Prints problems the way compilers do, one line each, on standard error.
enum Reporting {
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func warn(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { warn(d.description) }
    }

    /// A rendition's findings for `source`, as `render` and `cards` print them: warnings
    /// all but notes (the file is written; `check` and `--strict` make errors count).
    static func warn(_ findings: [Finding], source: String) {
        for finding in findings {
            warn("\(source): \(finding.severity == .note ? "note" : "warning"): \(finding.rule): \(finding.message)")
        }
    }

    /// Runs `body`; any error becomes one line on standard error and exit code 1. A
    /// diagnostic already says `file:line:column: error:`; anything else is prefixed `error:`.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as Diagnostic {
            warn(error.description)
            throw ExitCode.failure
        } catch let error as Diagnostics {
            warn(error.description)
            throw ExitCode.failure
        } catch {
            warn("error: \(ErrorWords.describe(error))")
            throw ExitCode.failure
        }
    }
}
