/// A colour with the inks it prints with: `{ rgb: "#0b6e4f", cmyk: [90, 20, 75, 10] }`.
/// `rgb` is what screens and the office file show; `cmyk` (cyan, magenta, yellow, black,
/// each 0…100 %) is used as it is in the press file instead of a conversion. The colour is
/// read where it stands; its inks are gathered for the whole sheet (`PressStyle.inks`), so
/// that a colour stays four numbers wherever styles are copied.
extension Fields {
    static let colorInkKeys = ["rgb", "cmyk"]

    /// The colour and its inks; nil (the problem noted) when either cannot be read.
    static func colorWithInks(_ v: YAMLValue, path: String, palette: [String: Color], problems: StyleProblems) throws -> (color: Color, inks: CMYK?)? {
        let f = try Fields(v, path: path, allowed: Self.colorInkKeys, problems: problems)
        guard let color = try f.color("rgb", palette: palette) else {
            if f["rgb"] == nil { try problems.add(v.error("\(path): needs rgb: the colour on screen and in the office file (e.g. rgb: \"#0b6e4f\")")) }
            return nil
        }
        guard let inks = f["cmyk"] else { return (color, nil) }
        let hint = "four numbers from 0 to 100 (cyan, magenta, yellow, black), e.g. [90, 20, 75, 10]"
        guard case .sequence(let items) = inks.kind, items.count == 4 else { return try f.fail(inks, "\(path).cmyk: expected \(hint)") }
        var values: [Double] = []
        for item in items {
            guard case .scalar(let s) = item.kind, let n = Double(s.hasSuffix("%") ? String(s.dropLast()) : s), CMYK.range.contains(n) else {
                return try f.fail(item, "\(path).cmyk: expected \(hint)")
            }
            values.append(n)
        }
        return (color, CMYK(cyan: values[0], magenta: values[1], yellow: values[2], black: values[3]))
    }

    /// Every colour given inks anywhere under `value` (the whole sheet, once it has been read
    /// without error), by colour; one colour given two sets of inks is an error.
    static func inks(in value: YAMLValue, path: String = "", palette: [String: Color]) throws -> [Color: CMYK] {
        var found: [Color: (inks: CMYK, path: String)] = [:]
        let problems = StyleProblems()
        func visit(_ v: YAMLValue, _ path: String, _ palette: [String: Color]) throws {
            switch v.kind {
            case .mapping(let pairs) where pairs.contains(where: { $0.key == "rgb" }):
                guard case let (color, inks?)? = try colorWithInks(v, path: path, palette: palette, problems: problems) else { return }
                if let earlier = found[color], earlier.inks != inks {
                    throw v.error("\(path): \(color) is given other inks (\(inks)) than at \(earlier.path) (\(earlier.inks))")
                }
                found[color] = (inks, path)
            case .mapping(let pairs):
                // Palette entries name colours, not other entries.
                for pair in pairs { try visit(pair.value, join(path, pair.key), path == "" && pair.key == "palette" ? [:] : palette) }
            case .sequence(let items):
                for (i, item) in items.enumerated() { try visit(item, "\(path)[\(i)]", palette) }
            case .scalar: break
            }
        }
        try visit(value, path, palette)
        try problems.check()
        return found.mapValues(\.inks)
    }
}
