import FeuilletModel

extension StyleDecoder {
    /// Keys of every print format; the folded one also has folds and a cover panel.
    static let formatKeys = ["columns", "gutter", "margins", "key-messages", "back"]
    static let foldedFormatKeys = formatKeys + ["fold-margin", "cover-background"]

    /// `formats.<name>`: per-format overrides of the print templates.
    func decodeFormats(_ top: Fields, palette: [String: Color]) throws -> [String: FormatStyle] {
        guard let formats = try top.fields("formats", allowed: FormatStyle.names) else { return [:] }
        var result: [String: FormatStyle] = [:]
        for name in formats.keys {
            let keys = name == "trifold" ? Self.foldedFormatKeys : Self.formatKeys
            guard let f = try formats.fields(name, allowed: keys) else { continue }
            result[name] = try decodeFormat(f, palette: palette)
        }
        return result
    }

    private func decodeFormat(_ f: Fields, palette: [String: Color]) throws -> FormatStyle {
        var s = FormatStyle()
        s.columns = try f.int("columns", in: StyleRanges.columns)
        s.gutter = try f.length("gutter", in: StyleRanges.gutter)
        if let m = try f.fields("margins", allowed: ["top", "right", "bottom", "left"]) {
            s.margins = PartialInsets(top: try m.length("top", in: StyleRanges.margin), right: try m.length("right", in: StyleRanges.margin),
                                      bottom: try m.length("bottom", in: StyleRanges.margin), left: try m.length("left", in: StyleRanges.margin))
        }
        s.foldMargin = try f.length("fold-margin", in: StyleRanges.foldMargin)
        s.keyMessages = try f.choice("key-messages", FormatStyle.KeyMessagePlacement.self)
        if let v = f["back"] {
            guard case .sequence(let items) = v.kind else {
                return try f.fail(v, "\(f.keyPath("back")): expected a list, e.g. [source, date, disclaimer]") ?? s
            }
            let names = FormatStyle.BackPart.allCases.map(\.rawValue)
            var parts: [FormatStyle.BackPart] = []
            for item in items {
                if case .scalar(let name) = item.kind, let part = FormatStyle.BackPart(rawValue: name) {
                    parts.append(part)
                    continue
                }
                let text = if case .scalar(let name) = item.kind { name } else { "a list or mapping" }
                try f.problems.add(item.error("\(f.keyPath("back")): \"\(text)\" is not one of \(names.joined(separator: ", "))\(Suggestion.hint(for: text, in: names))"))
            }
            s.back = parts
        }
        if try f.string("cover-background") == "none" {
            s.coverBackground = .page
        } else if let color = try f.color("cover-background", palette: palette) {
            s.coverBackground = .color(color)
        }
        return s
    }

    /// `min-scale`: how far sizes may be lowered to fit (`--fit shrink`, card text), as a percentage.
    func decodeMinScale(_ f: Fields, range: ClosedRange<Double>) throws -> Double? {
        guard let s = try f.string("min-scale") else { return nil }
        guard let length = Length(parsing: s), length.unit == .percent, range.contains(length.value) else {
            return try f.fail(f["min-scale"]!, "\(f.keyPath("min-scale")): \"\(s)\" must be a percentage from \(Int(range.lowerBound))% to \(Int(range.upperBound))%")
        }
        return length.value / 100
    }
}
