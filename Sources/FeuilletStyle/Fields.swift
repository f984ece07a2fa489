import FeuilletModel

/// One YAML mapping of a style sheet, checked against the keys it may hold.
/// Every read names the key path (`roles.body.size`) in its error.
struct Fields {
    let path: String
    let value: YAMLValue
    private let pairs: [(key: String, keyAt: YAMLValue.Position, value: YAMLValue)]

    init(_ value: YAMLValue, path: String, allowed: [String]) throws {
        guard case .mapping(let pairs) = value.kind else {
            throw value.error("\(path.isEmpty ? "style" : path): expected a mapping of keys")
        }
        for pair in pairs where !allowed.contains(pair.key) {
            throw Diagnostic(file: pair.keyAt.file, line: pair.keyAt.line, column: pair.keyAt.column,
                             message: "\(Fields.join(path, pair.key)): unknown key\(Suggestion.hint(for: pair.key, in: allowed))")
        }
        self.path = path
        self.value = value
        self.pairs = pairs
    }

    var keys: [String] { pairs.map(\.key) }

    subscript(key: String) -> YAMLValue? { pairs.first { $0.key == key }?.value }

    func keyPath(_ key: String) -> String { Fields.join(path, key) }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    // MARK: typed reads

    func string(_ key: String) throws -> String? {
        guard let v = self[key] else { return nil }
        guard case .scalar(let s) = v.kind else { throw v.error("\(keyPath(key)): expected text") }
        return s
    }

    func bool(_ key: String) throws -> Bool? {
        guard let s = try string(key) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw self[key]!.error("\(keyPath(key)): \"\(s)\" is not true or false")
        }
    }

    func int(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let s = try string(key) else { return nil }
        guard let n = Int(s), range.contains(n) else {
            throw self[key]!.error("\(keyPath(key)): \"\(s)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let s = try string(key) else { return nil }
        guard let v = T(rawValue: s) else {
            let names = T.allCases.map(\.rawValue)
            throw self[key]!.error("\(keyPath(key)): \"\(s)\" is not one of \(names.joined(separator: ", "))\(Suggestion.hint(for: s, in: names))")
        }
        return v
    }

    /// A length; `positive` rejects zero and negative values, `allowNegative` lets
    /// letter spacing tighten text.
    func length(_ key: String, positive: Bool = false, allowNegative: Bool = false, relative: Bool = true) throws -> Length? {
        guard let v = self[key] else { return nil }
        return try Fields.length(v, path: keyPath(key), positive: positive, allowNegative: allowNegative, relative: relative)
    }

    static func length(_ v: YAMLValue, path: String, positive: Bool = false, allowNegative: Bool = false, relative: Bool = true) throws -> Length {
        guard case .scalar(let s) = v.kind else { throw v.error("\(path): expected a length") }
        guard let length = Length(parsing: s) else {
            if Double(s) != nil { throw v.error("\(path): \"\(s)\" needs a unit (pt, mm, cm, in, px, em or %)") }
            throw v.error("\(path): \"\(s)\" is not a length (use pt, mm, cm, in, px, em or %)")
        }
        if !relative && length.isRelative { throw v.error("\(path): \"\(s)\" must be absolute (pt, mm, cm, in or px)") }
        if positive && length.value <= 0 { throw v.error("\(path): \"\(s)\" must be greater than zero") }
        if !allowNegative && length.value < 0 { throw v.error("\(path): \"\(s)\" must not be negative") }
        return length
    }

    /// A colour literal, the name of a palette entry, or a colour with its inks (`rgb`, `cmyk`).
    func color(_ key: String, palette: [String: Color]) throws -> Color? {
        if let v = self[key], case .mapping = v.kind { return try Self.colorWithInks(v, path: keyPath(key), palette: palette).color }
        guard let s = try string(key) else { return nil }
        if let named = palette[s] { return named }
        if let literal = Color(parsing: s) { return literal }
        // An unquoted #fff starts a YAML comment and arrives empty.
        if s.isEmpty { throw self[key]!.error("\(keyPath(key)): no colour given (write colours in quotes: \"#1c1c1c\")") }
        let names = palette.keys.sorted()
        let what = s.hasPrefix("#") || s.hasPrefix("rgb") ? "is not a colour (use #rgb, #rrggbb, #rrggbbaa or rgb(r, g, b))"
            : "is not a palette colour (palette: \(names.joined(separator: ", ")))\(Suggestion.hint(for: s, in: names))"
        throw self[key]!.error("\(keyPath(key)): \"\(s)\" \(what)")
    }

    func fields(_ key: String, allowed: [String]) throws -> Fields? {
        guard let v = self[key] else { return nil }
        return try Fields(v, path: keyPath(key), allowed: allowed)
    }
}
