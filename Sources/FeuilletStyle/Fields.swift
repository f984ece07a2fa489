import FeuilletModel

/// One YAML mapping of a style sheet, checked against the keys it may hold.
/// Every read names the key path (`roles.body.size`) in its error. A bad value is noted in
/// `problems` and read as nil (the value stays what it was), so every error of a sheet is
/// found in one pass; reads throw only once there are too many to show.
struct Fields {
    let path: String
    let value: YAMLValue
    let problems: StyleProblems
    private let pairs: [(key: String, keyAt: YAMLValue.Position, value: YAMLValue)]

    /// Unknown keys are noted and left out.
    init(_ value: YAMLValue, path: String, allowed: [String], problems: StyleProblems) throws {
        self.path = path
        self.value = value
        self.problems = problems
        guard case .mapping(let pairs) = value.kind else {
            self.pairs = []
            try problems.add(value.error("\(path.isEmpty ? "style" : path): expected a mapping of keys"))
            return
        }
        for pair in pairs where !allowed.contains(pair.key) {
            try problems.add(Diagnostic(file: pair.keyAt.file, line: pair.keyAt.line, column: pair.keyAt.column,
                                        message: "\(Fields.join(path, pair.key)): unknown key\(Suggestion.hint(for: pair.key, in: allowed))"))
        }
        self.pairs = pairs.filter { allowed.contains($0.key) }
    }

    var keys: [String] { pairs.map(\.key) }

    subscript(key: String) -> YAMLValue? { pairs.first { $0.key == key }?.value }

    func keyPath(_ key: String) -> String { Fields.join(path, key) }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Notes a problem at `key`'s value (or at `node`); always nil, for `return try fail(…)`.
    func fail<T>(_ node: YAMLValue, _ message: String) throws -> T? {
        try problems.add(node.error(message))
        return nil
    }

    // MARK: typed reads

    func string(_ key: String) throws -> String? {
        guard let v = self[key] else { return nil }
        guard case .scalar(let s) = v.kind else { return try fail(v, "\(keyPath(key)): expected text") }
        return s
    }

    func bool(_ key: String) throws -> Bool? {
        guard let s = try string(key) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return try fail(self[key]!, "\(keyPath(key)): \"\(s)\" is not true or false")
        }
    }

    func int(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let s = try string(key) else { return nil }
        guard let n = Int(s), range.contains(n) else {
            return try fail(self[key]!, "\(keyPath(key)): \"\(s)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let s = try string(key) else { return nil }
        guard let v = T(rawValue: s) else {
            let names = T.allCases.map(\.rawValue)
            return try fail(self[key]!, "\(keyPath(key)): \"\(s)\" is not one of \(names.joined(separator: ", "))\(Suggestion.hint(for: s, in: names))")
        }
        return v
    }

    /// A length within `range`. `em` and `%` are taken of `reference` (a font size in points);
    /// without one, the length must be absolute.
    func length(_ key: String, in range: LengthRange, relativeTo reference: Double? = nil) throws -> Length? {
        guard let v = self[key] else { return nil }
        return try length(of: v, path: keyPath(key), in: range, relativeTo: reference)
    }

    /// A length measured against a size (`em`, `%`, or a range in em) that a key of another
    /// sheet changed: out of range only because of that size, it is reported at the size,
    /// which made it so (a child's 6 pt title under its parent's 31 pt line height).
    func length(_ key: String, in range: LengthRange, relativeTo reference: ReferenceSize) throws -> Length? {
        if let v = self[key], let setter = reference.setBy, v.at.file != setter.node.at.file, case .scalar(let s) = v.kind,
           let length = Length(parsing: s), length.isRelative != range.upper.isRelative, !range.contains(length, reference: reference.points) {
            return try fail(setter.node, Self.outOfRange(at: setter.path, keyPath(key) + " \"\(s)\"", length, in: range, reference: reference.points))
        }
        return try self.length(key, in: range, relativeTo: reference.points)
    }

    /// "roles.title.size: at this size, roles.title.line-height "31pt" is 5.167em; it must be from 0.8em to 3em"
    static func outOfRange(at sizePath: String, _ what: String, _ length: Length, in range: LengthRange, reference: Double) -> String {
        "\(sizePath): at this size, \(what) is \(range.converted(length, reference: reference) ?? length.description); it must be \(range.text)"
    }

    func length(of v: YAMLValue, path: String, in range: LengthRange, relativeTo reference: Double? = nil) throws -> Length? {
        guard case .scalar(let s) = v.kind else { return try fail(v, "\(path): expected a length") }
        guard let length = Length(parsing: s) else {
            if Double(s) != nil { return try fail(v, "\(path): \"\(s)\" needs a unit (pt, mm, cm, in, px, em or %)") }
            return try fail(v, "\(path): \"\(s)\" is not a length (use pt, mm, cm, in, px, em or %)")
        }
        if reference == nil && length.isRelative { return try fail(v, "\(path): \"\(s)\" must be absolute (pt, mm, cm, in or px)") }
        guard range.contains(length, reference: reference ?? 0) else {
            let converted = range.converted(length, reference: reference ?? 0).map { " (\($0))" } ?? ""
            return try fail(v, "\(path): \"\(s)\"\(converted) must be \(range.text)")
        }
        return length
    }

    /// A colour literal, the name of a palette entry, or a colour with its inks (`rgb`, `cmyk`).
    func color(_ key: String, palette: [String: Color]) throws -> Color? {
        if let v = self[key], case .mapping = v.kind { return try Self.colorWithInks(v, path: keyPath(key), palette: palette, problems: problems)?.color }
        guard let s = try string(key) else { return nil }
        if let named = palette[s] { return named }
        if let literal = Color(parsing: s) { return literal }
        // An unquoted #fff starts a YAML comment and arrives empty.
        if s.isEmpty { return try fail(self[key]!, "\(keyPath(key)): no colour given (write colours in quotes: \"#1c1c1c\")") }
        let names = palette.keys.sorted()
        let literal = s.hasPrefix("#") || s.hasPrefix("rgb")
        if !literal && problems.paletteUnread { return nil }
        let what = literal ? "is not a colour (use #rgb, #rrggbb, #rrggbbaa or rgb(r, g, b))"
            : "is not a palette colour (palette: \(names.joined(separator: ", ")))\(Suggestion.hint(for: s, in: names))"
        return try fail(self[key]!, "\(keyPath(key)): \"\(s)\" \(what)")
    }

    /// The mapping under `key`; nil when absent or not a mapping (then noted).
    func fields(_ key: String, allowed: [String]) throws -> Fields? {
        guard let v = self[key] else { return nil }
        guard case .mapping = v.kind else { return try fail(v, "\(keyPath(key)): expected a mapping of keys") }
        return try Fields(v, path: keyPath(key), allowed: allowed, problems: problems)
    }
}
