/// One thing `feuillet check` found wrong with an output: an error stops a file from
/// going to the printer (exit 1), a warning is worth a look; a note says what a check
/// measured (the press file's output intent and ink coverage), for the record.
public struct Finding: Codable, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable { case error, warning, note }

    public var severity: Severity
    /// A short name of the rule, stable for machines: `contrast`, `body-size`, `words`…
    public var rule: String
    public var message: String

    public init(_ severity: Severity, _ rule: String, _ message: String) {
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    public var description: String { "\(severity.rawValue): \(rule): \(message)" }
}
