import Foundation
import FeuilletModel

/// Figures on the quality of the typesetting, read off the laid-out pages: what
/// `feuillet render --stats` prints and what the tests hold the engine to.
public struct TypographyStats: Codable, Equatable, Sendable {
    public var lines = 0
    public var justifiedLines = 0
    /// Word gaps of lines of four words or more, in em of the line's font size, one per gap.
    public var wordGapMedian = 0.0
    public var wordGap95 = 0.0
    public var wordGapMax = 0.0
    public var hyphenatedLineEnds = 0
    public var longestHyphenRun = 0
    /// Lines starting with : ; ! ? » or ending with «.
    public var frenchSpacingFaults: [String] = []
    public var headingHyphens = 0

    public var hyphenShare: Double { lines == 0 ? 0 : Double(hyphenatedLineEnds) / Double(lines) }

    public init(pages: [Page]) {
        var gaps: [Double] = []
        var run = 0
        for page in pages {
            page.frame.walk { _, placed in
                switch placed.item {
                case .text(let line):
                    let inHeading = placed.structure.map { $0.kind.first == "H" && Int($0.kind.dropFirst()) != nil } ?? false
                    lines += 1
                    if line.justified { justifiedLines += 1 }
                    // As typo_metrics.py reads a PDF: every word gap of lines of four words
                    // or more (ragged lines have their natural gaps, justified ones stretched).
                    let spaces = line.text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
                    if spaces >= 3 {
                        gaps += Array(repeating: (line.naturalSpace + line.spaceAdjustment + line.letterAdjustment) / line.fontSize, count: spaces)
                    }
                    // A line ending on a hyphen of the text (week-/end) counts as one ending on
                    // a drawn hyphen, in the share and in the run, as typo_metrics.py reads it.
                    let lastWord = Self.lastWord(line.text)
                    let endsOnHyphen = line.hyphenated || (lastWord.count > 1 && TextToken.hyphens.contains(lastWord.last!) && !lastWord.hasSuffix("--"))
                    run = endsOnHyphen ? run + 1 : 0
                    longestHyphenRun = max(longestHyphenRun, run)
                    if endsOnHyphen {
                        hyphenatedLineEnds += 1
                        if inHeading { headingHyphens += 1 }
                    }
                    let trimmed = Self.trimmed(line.text)
                    if let first = trimmed.first, ":;!?»".contains(first) { frenchSpacingFaults.append(line.text) }
                    else if trimmed.hasSuffix("«") { frenchSpacingFaults.append(line.text) }
                default:
                    break
                }
            }
        }
        gaps.sort()
        if !gaps.isEmpty {
            wordGapMedian = gaps[gaps.count / 2]
            wordGap95 = gaps[Int(0.95 * Double(gaps.count - 1))]
            wordGapMax = gaps[gaps.count - 1]
        }
    }

    /// The text after the line's last space (spaces at its end aside), found on its bytes.
    private static func lastWord(_ text: String) -> Substring {
        let utf8 = text.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        let start = utf8[..<end].lastIndex(of: 0x20).map(utf8.index(after:)) ?? utf8.startIndex
        return text[start..<end]
    }

    /// The line without its blanks at either end (spaces of Unicode's category Zs, fixed
    /// ones included, and tabs: Foundation's `.whitespaces`), found scalar by scalar.
    private static func trimmed(_ text: String) -> Substring {
        func isBlank(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? s == " " || s == "\t" : s.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return text[first..<scalars.index(after: last)]
    }

    /// A short table for people.
    public var report: String {
        func em(_ v: Double) -> String { String(format: "%.3f em", v) }
        return """
            lines                      \(lines) (\(justifiedLines) justified)
            word gap, median           \(em(wordGapMedian))
            word gap, 95th percentile  \(em(wordGap95))
            word gap, maximum          \(em(wordGapMax))
            hyphenated line ends       \(hyphenatedLineEnds) (\(String(format: "%.1f", hyphenShare * 100)) %)
            longest hyphen run         \(longestHyphenRun)
            hyphens in headings        \(headingHyphens)
            French spacing faults      \(frenchSpacingFaults.count)\(frenchSpacingFaults.isEmpty ? "" : ": " + frenchSpacingFaults.prefix(3).map { "\"\($0)\"" }.joined(separator: ", "))
            """
    }
}
