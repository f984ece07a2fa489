import Foundation

/// The text of an article file, checked before any importer sees it: a file that is not
/// UTF-8 is refused at the line of its first bad byte, and control characters (pasted
/// from terminals or binary files) are taken out with a warning instead of drawn as boxes.
public enum ArticleText {
    public static func decode(_ data: Data, file: String) throws -> String {
        if let text = String(data: data, encoding: .utf8) { return text }
        // Decoding with replacement marks the first bad byte; count the lines before it.
        let lossy = String(decoding: data, as: UTF8.self)
        let before = lossy.prefix { $0 != "\u{FFFD}" }
        let line = before.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
        let column = (before.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).last?.count ?? 0) + 1
        throw Diagnostic(file: file, line: max(line, 1), column: column, message: "the file is not UTF-8 text (first bad byte here)")
    }

    /// The text without C0/C1 control characters other than tab and line ends, and one
    /// warning for each line that had some.
    public static func removingControlCharacters(_ text: String, file: String) -> (String, [Diagnostic]) {
        func isControl(_ s: Unicode.Scalar) -> Bool {
            s.properties.generalCategory == .control && !["\t", "\n", "\r"].contains(s)
        }
        guard text.unicodeScalars.contains(where: isControl) else { return (text, []) }
        var warnings: [Diagnostic] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line -> String in
            guard line.unicodeScalars.contains(where: isControl) else { return String(line) }
            let codes = Set(line.unicodeScalars.filter(isControl).map { String(format: "U+%04X", $0.value) }).sorted()
            warnings.append(Diagnostic(file: file, line: index + 1, severity: .warning,
                                       message: "control character(s) \(codes.joined(separator: " ")) removed"))
            var kept = String.UnicodeScalarView()
            kept.append(contentsOf: line.unicodeScalars.filter { !isControl($0) })
            return String(kept)
        }
        return (lines.joined(separator: "\n"), warnings)
    }
}
