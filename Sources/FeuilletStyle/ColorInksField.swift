/// A colour with the inks it prints with: `{ rgb: "#0b6e4f", cmyk: [90, 20, 75, 10] }`.
/// `rgb` is what screens and the office file show; `cmyk` (cyan, magenta, yellow, black,
/// each 0…100 %) is used as it is in the press file instead of a conversion.
extension Fields {
    static let colorInkKeys = ["rgb", "cmyk"]

    func colorWithInks(_ v: YAMLValue, path: String, palette: [String: Color]) throws -> Color {
        let f = try Fields(v, path: path, allowed: Self.colorInkKeys)
        guard var color = try f.color("rgb", palette: palette) else {
            throw v.error("\(path): needs rgb: the colour on screen and in the office file (e.g. rgb: \"#0b6e4f\")")
        }
        guard let inks = f["cmyk"] else { return color }
        let hint = "four numbers from 0 to 100 (cyan, magenta, yellow, black), e.g. [90, 20, 75, 10]"
        guard case .sequence(let items) = inks.kind, items.count == 4 else { throw inks.error("\(path).cmyk: expected \(hint)") }
        let values = try items.map { item -> Double in
            guard case .scalar(let s) = item.kind, let n = Double(s.hasSuffix("%") ? String(s.dropLast()) : s), CMYK.range.contains(n) else {
                throw item.error("\(path).cmyk: expected \(hint)")
            }
            return n
        }
        color.cmyk = CMYK(cyan: values[0], magenta: values[1], yellow: values[2], black: values[3])
        return color
    }
}
