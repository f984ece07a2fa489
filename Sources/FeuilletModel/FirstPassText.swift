internal import Yams

/// The text `BoundedYAML` composes first: `*` replaced by `aliasMark` (aliases become plain
/// scalars) and `?` by `-` (explicit keys become list entries), one character for one, so
/// lines and columns hold. Notes where each `?` stood, and the first line where a list or
/// mapping could be a key deeper than `keyBrackets` (a key on one line, before a colon).
struct FirstPassText {
    /// Stands for `*`; an alias `*name` reads as the plain scalar "\u{E000}name".
    static let aliasMark: Unicode.Scalar = "\u{E000}"
    /// A line with `]:` or `}:` may open this many lists or mappings: a key made of them is
    /// refused after the first pass, but Yams sorts keys given twice in 2^depth steps first.
    static let keyBrackets = 6

    struct Place: Hashable {
        var line: Int
        var column: Int
    }

    private(set) var text = ""
    private(set) var explicitKeys: Set<Place> = []
    private(set) var lineWithKeyBrackets: Int?
    private let original: [Unicode.Scalar]
    /// Where each line starts in `original`, for the text of a key named in an error.
    private var lineStarts = [0]

    /// Lines and columns as libyaml counts them: a column per character, a leading byte-order
    /// mark not counted, `\r\n`, `\r`, `\n`, U+0085, U+2028 and U+2029 each ending a line.
    init(_ yaml: String) {
        original = Array(yaml.unicodeScalars)
        var scalars = String.UnicodeScalarView()
        var place = Place(line: 1, column: 1)
        var opened = 0, keyLike = false
        var lastNonBlank: Unicode.Scalar?
        for (index, scalar) in original.enumerated() {
            switch scalar {
            case "*": scalars.append(Self.aliasMark)
            case "?": scalars.append("-"); explicitKeys.insert(place)
            default: scalars.append(scalar)
            }
            if index == 0 && scalar == "\u{FEFF}" { continue }
            if scalar == "\n" && index > 0 && original[index - 1] == "\r" { lineStarts[lineStarts.count - 1] = index + 1; continue }
            if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                if keyLike && opened > Self.keyBrackets && lineWithKeyBrackets == nil { lineWithKeyBrackets = place.line }
                (opened, keyLike, lastNonBlank) = (0, false, nil)
                place = Place(line: place.line + 1, column: 1)
                lineStarts.append(index + 1)
                continue
            }
            if scalar == "[" || scalar == "{" { opened += 1 }
            if scalar == ":", lastNonBlank == "]" || lastNonBlank == "}" { keyLike = true }
            if scalar != " " && scalar != "\t" { lastNonBlank = scalar }
            place.column += 1
        }
        if keyLike && opened > Self.keyBrackets && lineWithKeyBrackets == nil { lineWithKeyBrackets = place.line }
        text = String(scalars)
    }

    /// A first-pass error about keys given twice names the first key as written.
    func restoringKeys(in error: YamlError) -> YamlError {
        guard case .duplicatedKeysInMapping(let keys, let context) = error, let first = keys.first else { return error }
        let shown = written(first, at: Place(line: context.mark.line, column: context.mark.column))
        return .duplicatedKeysInMapping(duplicates: [shown] + keys.dropFirst(), context: context)
    }

    /// The original characters of a first-pass `key` that starts at `place` (or after the
    /// quote there); the key itself when they do not line up.
    private func written(_ key: String, at place: Place) -> String {
        guard lineStarts.indices.contains(place.line - 1) else { return key }
        var start = lineStarts[place.line - 1] + place.column - 1
        if start < original.count, original[start] == "\"" || original[start] == "'" { start += 1 }
        let end = start + key.unicodeScalars.count
        guard start >= 0, end <= original.count else { return key }
        var written = String.UnicodeScalarView()
        written.append(contentsOf: original[start..<end])
        return FirstPassText(String(written)).text == key ? String(written) : key
    }
}
