/// Which link addresses an article may put into the leaflets and cards it becomes: web
/// pages, e-mail, telephone numbers and places inside the document. Anything else
/// (`javascript:`, `data:`, `file:`, a relative path a reader's viewer would resolve
/// anywhere) is dropped from the link, its text kept, with a warning.
enum LinkTarget {
    static let schemes = ["http", "https", "mailto", "tel"]

    /// The address to write, or nil when the link must go. Spaces and control characters
    /// around it, and tabs and line breaks inside it, are removed first, as browsers do
    /// (so " java\tscript:" is read as what a viewer would open).
    static func accepted(_ url: String) -> String? {
        let cleaned = self.cleaned(url)
        if cleaned.hasPrefix("#") { return cleaned.count > 1 ? cleaned : nil }
        guard let scheme = scheme(of: cleaned), schemes.contains(scheme) else { return nil }
        return cleaned
    }

    /// The warning for a dropped link, naming its scheme or (cut short) its address.
    static func warning(_ url: String) -> String {
        let cleaned = self.cleaned(url)
        let written = "only \(schemes.joined(separator: ", ")) and # links are written; its text is kept"
        if let scheme = scheme(of: cleaned) { return "link dropped: \"\(scheme):\" links are not written to outputs (\(written))" }
        if cleaned.isEmpty || cleaned == "#" { return "link dropped: it has no address (\(written))" }
        let shown = cleaned.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(cleaned.unicodeScalars.prefix(40))) + "…" : cleaned
        return "link dropped: \"\(shown)\" is not a full address (\(written))"
    }

    private static func cleaned(_ url: String) -> String {
        func isControlOrSpace(_ s: Unicode.Scalar) -> Bool { s.value <= 0x20 || (0x7F...0x9F).contains(s.value) }
        var scalars = Array(url.unicodeScalars.filter { !["\t", "\n", "\r"].contains($0) })
        while let first = scalars.first, isControlOrSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isControlOrSpace(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The lowercased scheme (`https`), nil for a relative address: a letter, then letters,
    /// digits, `+`, `-` or `.`, then a colon (RFC 3986).
    private static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let name = url[..<colon]
        guard let first = name.unicodeScalars.first, first.isASCIILetter,
              name.unicodeScalars.allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        return name.lowercased()
    }
}
