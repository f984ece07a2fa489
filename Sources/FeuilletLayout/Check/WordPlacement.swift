import FeuilletModel

/// Whether every word of the article ends up on the pages: the words of the title, the
/// short answer and every block, matched against the words of the placed lines. A word
/// split at a line end (hyphenated, or broken because it was too long) counts as placed.
public enum WordPlacement {
    /// The article's words no line shows, in article order.
    public static func lostWords(_ document: Document, pages: [Page], omitted: [String] = []) -> [String] {
        let article = words(of: document)
        var remaining: [String: Int] = [:]
        for word in article { remaining[word, default: 0] += 1 }
        for word in omitted.flatMap(words) { remaining[word, default: 0] -= 1 }
        let longest = remaining.keys.map(\.count).max() ?? 0
        let placed = placedTokens(pages)
        var used = [Bool](repeating: false, count: placed.count)
        var i = 0
        while i < placed.count {
            // A token the article has, or tokens joined across line ends into one it has.
            // Half a hyphenated word is never a word by itself ("sur‐" of "surviennent").
            // Joining goes on only over lines of one token (a word too long for its column,
            // broken over many): cheap, and unbounded by any count of lines.
            var candidate = placed[i].word, j = i
            while remaining[candidate, default: 0] == 0 || placed[j].hyphenated, placed[j].endsLine, j + 1 < placed.count,
                  j == i || placed[j].startsLine, candidate.count <= longest {
                j += 1
                candidate += placed[j].word
            }
            if remaining[candidate, default: 0] > 0, !placed[j].hyphenated {
                remaining[candidate]! -= 1
                for k in i...j { used[k] = true }
                i = j + 1
            } else {
                i += 1
            }
        }
        var lost: [String] = []
        for word in article where remaining[word, default: 0] > 0 {
            remaining[word]! -= 1
            lost.append(word)
        }
        return lost
    }

    /// Runs of letters and digits, lower-cased (some roles are set in capitals). The text is
    /// cut at its ASCII separators byte by byte; a piece of ASCII alone is lower-cased so,
    /// a piece with other characters scalar by scalar, an accent going with the character
    /// it is typed after (the same words as `Character`'s tests: no character joins an ASCII
    /// separator to a letter).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        let bytes = Array(text.utf8)
        var start = 0, ascii = true
        func piece(to end: Int) {
            guard start < end else { return }
            if ascii {
                result.append(String(decoding: bytes[start..<end].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self))
                return
            }
            var word: [UInt8] = [], inWord = false
            for s in String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars {
                if TextToken.isMark(s) {
                    if inWord { word += s.properties.lowercaseMapping.utf8 }
                } else if s.isASCII || s.properties.isAlphabetic || s.properties.numericType != nil {
                    word += s.isASCII ? [s.value >= 65 && s.value <= 90 ? UInt8(s.value) + 32 : UInt8(s.value)] : Array(s.properties.lowercaseMapping.utf8)
                    inWord = true
                } else if inWord {
                    result.append(String(decoding: word, as: UTF8.self))
                    word = []
                    inWord = false
                }
            }
            if inWord { result.append(String(decoding: word, as: UTF8.self)) }
        }
        for (k, byte) in bytes.enumerated() {
            if byte >= 0x80 {
                ascii = false
            } else if !isLetterOrDigit(byte) {
                piece(to: k)
                start = k + 1
                ascii = true
            }
        }
        piece(to: bytes.count)
        return result
    }

    /// An ASCII letter or digit.
    private static func isLetterOrDigit(_ a: UInt8) -> Bool { a >= 97 && a <= 122 || a >= 65 && a <= 90 || a >= 48 && a <= 57 }

    static func words(of document: Document) -> [String] {
        words(([document.metadata.title, document.metadata.summary ?? ""] + document.blocks.map(\.plainText)).joined(separator: "\n"))
    }

    /// Every word of every line the text is read in, in reading order (the structure's
    /// order of content, so a word broken over a page turn is not cut by the running footer,
    /// which is not read); a line's first word is marked, and its last when no punctuation
    /// follows it, as it may go on at the start of the next line. A hyphen drawn at a line
    /// end is dropped.
    private static func placedTokens(_ pages: [Page]) -> [(word: String, startsLine: Bool, endsLine: Bool, hyphenated: Bool)] {
        var lines: [(order: Int, line: TextLine)] = []
        for page in pages {
            page.frame.walk { _, placed in
                guard case .text(let line) = placed.item, let ref = placed.structure else { return }
                lines.append((ref.content, line))
            }
        }
        var tokens: [(word: String, startsLine: Bool, endsLine: Bool, hyphenated: Bool)] = []
        for (_, line) in lines.sorted(by: { $0.order < $1.order }) {
            let text = line.hyphenated ? String(line.text.dropLast()) : line.text
            let words = words(text)
            let open = text.last.map { $0.isLetter || $0.isNumber } == true
            tokens += words.enumerated().map { ($1, $0 == 0, $0 == words.count - 1 && open, $0 == words.count - 1 && line.hyphenated) }
        }
        return tokens
    }
}
