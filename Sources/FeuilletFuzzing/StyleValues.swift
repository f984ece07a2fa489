/// A style sheet extending `classique` whose values come from the input bytes: each pair of
/// bytes picks a key and a value, mostly at the edge of its range (zero, the smallest and
/// largest allowed), else past it (negative, huge, odd units), so the layout meets what a
/// careless or hostile sheet can ask for, and the loader what it must refuse.
struct StyleValues {
    /// What a key takes, and the values at the edges of its range, which layout must hold.
    enum Kind {
        case size, leading, tracking, space, margin, count, scale, length, pageSize, hyphens

        var edges: [String] {
            switch self {
            case .size: ["5pt", "8pt", "12pt", "36pt", "0.5em", "3em"]
            case .leading: ["0.8", "3", "1.0", "2.9"]
            case .tracking: ["-0.1em", "0.5em", "0em", "0.25em"]
            case .space: ["0pt", "100pt", "50pt", "3em"]
            case .margin: ["5mm", "60mm", "0mm", "100mm"]
            case .count: ["1", "2", "3", "4"]
            case .scale: ["0.5", "0.8", "1"]
            case .length: ["0pt", "3pt", "3mm", "10mm", "100px"]
            case .pageSize: ["a4", "a5", "dl", "[99mm, 210mm]", "[1000mm, 300mm]", "[100mm, 100mm]"]
            case .hyphens: ["0", "1", "5"]
            }
        }
    }

    static let keys: [(String, Kind)] = [
        ("roles.body.size", .size), ("roles.body.line-height", .leading), ("roles.body.letter-spacing", .tracking),
        ("roles.body.indent", .space), ("roles.body.space-after", .space), ("roles.title.size", .size),
        ("roles.title.letter-spacing", .tracking), ("roles.footer.size", .size), ("roles.summary.size", .size),
        ("roles.heading-1.space-before", .space), ("roles.list-item.size", .size), ("roles.table-cell.size", .size),
        ("roles.card-title.size", .size), ("roles.card-body.line-height", .leading), ("page.margins.top", .margin),
        ("page.margins.left", .margin), ("page.margins.bottom", .margin), ("page.columns", .count), ("page.gutter", .margin),
        ("page.min-scale", .scale), ("page.bleed", .length), ("page.size", .pageSize), ("decorations.title-rule", .length),
        ("decorations.boxes.summary.border", .length), ("decorations.boxes.summary.padding", .length),
        ("decorations.table.rule", .length), ("card.padding", .length), ("card.band-height", .length), ("logo.width", .margin),
        ("typography.max-consecutive-hyphens", .hyphens),
    ]
    /// Values past every range, which the loader must refuse in words.
    static let beyond = [
        "-1", "-2em", "1e309pt", "0.0001pt", "37pt", "1000pt", "1000000000pt", "50m", "2m", "1000em", "nan", "\"\"",
        "[]", "{}", "0.79", "[10mm]", "100%", "1e-300", "0x10", "12 pt", "twelve",
    ]

    /// The bytes a sheet reads: a few keys at a time, as each value past its range alone
    /// refuses the whole sheet.
    static let inputLength = 8

    let text: String

    init(_ bytes: [UInt8]) {
        // Nested keys written as YAML blocks: a.b.c → a:\n  b:\n    c: value (the last value of a key wins).
        var tree: [String: Any] = [:]
        var i = 0
        while i + 1 < bytes.count && i < Self.inputLength {
            let (key, kind) = Self.keys[Int(bytes[i]) % Self.keys.count]
            let v = Int(bytes[i + 1])
            Self.set(&tree, key.split(separator: ".").map(String.init), v < 224 ? kind.edges[v % kind.edges.count] : Self.beyond[v % Self.beyond.count])
            i += 2
        }
        text = "extends: classique\n" + Self.yaml(tree, indent: "")
    }

    private static func set(_ tree: inout [String: Any], _ path: [String], _ value: String) {
        guard let key = path.first else { return }
        if path.count == 1 { tree[key] = value; return }
        var child = tree[key] as? [String: Any] ?? [:]
        set(&child, Array(path.dropFirst()), value)
        tree[key] = child
    }

    /// Keys in sorted order: the same input gives the same sheet.
    private static func yaml(_ tree: [String: Any], indent: String) -> String {
        tree.keys.sorted().map { key in
            if let child = tree[key] as? [String: Any] { "\(indent)\(key):\n" + yaml(child, indent: indent + "  ") }
            else { "\(indent)\(key): \(tree[key]!)\n" }
        }.joined()
    }
}
