import Foundation
import FeuilletModel
import FeuilletLayout
import FeuilletPipeline

/// One thing to tell about a variant, as the studio page shows it and `watch` prints it:
/// where (file:line:col when known, else the file), how bad, and what, in words.
public struct Problem: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, Sendable { case error, warning, note }

    public var place: String
    public var severity: Severity
    public var message: String

    public var line: String { "\(place): \(severity.rawValue): \(message)" }

    init(_ diagnostic: Diagnostic) {
        place = "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)"
        severity = diagnostic.severity == .error ? .error : .warning
        message = diagnostic.message.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    init(_ finding: Finding, article: String) {
        place = article
        severity = Severity(rawValue: finding.severity.rawValue) ?? .warning
        message = "\(finding.rule): \(finding.message)"
    }

    /// What stopped a render: each diagnostic with its place, anything else at the article.
    static func failure(_ error: Error, article: String) -> [Problem] {
        switch error {
        case let diagnostic as Diagnostic: [Problem(diagnostic)]
        case let diagnostics as Diagnostics: diagnostics.items.map(Problem.init)
        default: [Problem(place: article, severity: .error, message: ErrorWords.describe(error))]
        }
    }

    init(place: String, severity: Severity, message: String) {
        self.place = place
        self.severity = severity
        self.message = message
    }
}

extension Problem {
    /// A variant of a target the studio does not know (never made by the page itself).
    struct Unknown: Error, CustomStringConvertible {
        var target: String
        var description: String { "no format \"\(target)\"" }
    }
}
