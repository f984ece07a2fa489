import Foundation

/// The text of an input file (an article, a style sheet, a manifest), checked before any
/// parser sees it: a file larger than its kind may be is refused, a file that is not UTF-8
/// is refused at the line and column of its first bad byte, and control characters (pasted
/// from terminals or binary files) are taken out with a warning instead of drawn as boxes.
public enum ArticleText {
    public static func decode(_ data: Data, file: String, limits: InputLimits = .article) throws -> String {
        if let tooLarge = limits.tooLarge(data.count, file: file) { throw tooLarge }
        if let text = String(data: data, encoding: .utf8) { return text }
        // Decoding with replacement marks the first bad byte; count the lines before it.
        let lossy = String(decoding: data, as: UTF8.self)
        let before = lossy.prefix { $0 != "\u{FFFD}" }
        let lines = before.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        throw Diagnostic(file: file, line: max(lines.count, 1), column: (lines.last?.count ?? 0) + 1,
                         message: "the file is not UTF-8 text (first bad byte here)")
    }

    /// Reads at most one byte more than `limits` allows (a multi-gigabyte file or a device
    /// is never read whole), then decodes as above.
    public static func read(_ path: String, shownAs file: String? = nil, limits: InputLimits) throws -> String {
        let file = file ?? path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else {
            throw Diagnostic(file: file, line: 1, column: 1, message: "cannot read the file")
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: limits.bytes + 1) ?? Data() } catch {
            throw Diagnostic(file: file, line: 1, column: 1, message: "cannot read the file")
        }
        return try decode(data, file: file, limits: limits)
    }

    /// The text without C0/C1 control characters other than tab and line ends, and one
    /// warning for each line that had some.
    public static func removingControlCharacters(_ text: String, file: String) -> (String, [Diagnostic]) {
        // Unicode's category Cc (U+0000–001F, U+007F–009F) but tabs and line ends, told
        // by value: this runs over every scalar of the article.
        func isControl(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x20 ? s != "\t" && s != "\n" && s != "\r" : (0x7F...0x9F).contains(s.value)
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
