/// A problem found in an input file, pointing at the place a person must fix.
/// Printed as one line: `file:line:column: error: message`.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int = 1, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// Always one line: a line break inside the message (a quoted multi-line YAML value, a
    /// library's message) is shown as `\n`, so one problem never looks like several.
    public var description: String {
        let flat = message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "\\n")
        return "\(file):\(line):\(column): \(severity.rawValue): \(flat)"
    }
}

/// Several problems found in one pass; thrown when at least one is an error.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public var items: [Diagnostic]
    public init(_ items: [Diagnostic]) { self.items = items }
    public var description: String { items.map(\.description).joined(separator: "\n") }
}
