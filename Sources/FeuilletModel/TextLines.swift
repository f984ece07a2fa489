extension String {
    /// The lines of a text whatever its line endings (`\n`, `\r\n` or `\r`), so files saved
    /// on Windows or scraped from the web read the same; a final newline adds no line.
    var textLines: [Substring] {
        var lines = Self.onlyLineFeeds(utf8) ? linesAtLineFeeds : split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    private var linesAtLineFeeds: [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        for i in utf8.indices where utf8[i] == 0x0A {
            lines.append(self[start..<i])
            start = utf8.index(after: i)
        }
        lines.append(self[start...])
        return lines
    }

    /// Whether "\n" is the text's only line break (no \r, \v, \f, U+0085, U+2028 or U+2029),
    /// told on its bytes: then lines are cut at it without Character's test at each letter.
    private static func onlyLineFeeds(_ utf8: UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            switch byte {
            case 0x0B, 0x0C, 0x0D: return false
            case 0x85 where previous.1 == 0xC2: return false
            case 0xA8, 0xA9 where previous == (0xE2, 0x80): return false
            default: previous = (previous.1, byte)
            }
        }
        return true
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
