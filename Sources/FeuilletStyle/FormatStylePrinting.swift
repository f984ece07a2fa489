extension StylePrinter {
    /// `formats:` as the sheet sets it (keys it leaves out stay out: they come from the preset).
    static func formats(_ formats: [String: FormatStyle]) -> [String] {
        let named = FormatStyle.names.compactMap { name in formats[name].map { (name, $0) } }
        guard !named.isEmpty else { return [] }
        return ["formats:"] + named.flatMap { name, f in
            var keys: [String] = []
            if let columns = f.columns { keys.append("columns: \(columns)") }
            if let gutter = f.gutter { keys.append("gutter: \(gutter)") }
            let m = f.margins
            let margins = [("top", m.top), ("right", m.right), ("bottom", m.bottom), ("left", m.left)].compactMap { key, l in l.map { "\(key): \($0)" } }
            if !margins.isEmpty { keys.append("margins: { \(margins.joined(separator: ", ")) }") }
            if let fold = f.foldMargin { keys.append("fold-margin: \(fold)") }
            if let placement = f.keyMessages { keys.append("key-messages: \(placement.rawValue)") }
            if let back = f.back { keys.append("back: [\(back.map(\.rawValue).joined(separator: ", "))]") }
            switch f.coverBackground {
            case .page?: keys.append("cover-background: none")
            case .color(let c)?: keys.append("cover-background: \"\(c)\"")
            case nil: break
            }
            return ["  \(name):"] + keys.map { "    " + $0 }
        }
    }
}
