extension String {
    /// The lines of a text whatever its line endings (`\n`, `\r\n` or `\r`), so files saved
    /// on Windows or scraped from the web read the same; a final newline adds no line.
    var textLines: [Substring] {
        var lines = split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

extension StringProtocol {
    /// The text without surrounding spaces (no-break spaces included).
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
