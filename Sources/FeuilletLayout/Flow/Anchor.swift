import Foundation

/// Names of the places internal links point to. A heading's anchor is its words folded to
/// ASCII, lower case, joined by hyphens ("Qui est concerné ?" → `qui-est-concerne`), the
/// way Markdown editors name them; a link `[…](#Qui-est-concerné)` is folded the same way.
enum Anchor {
    static func name(_ text: String) -> String {
        let ligatures = text.lowercased().replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
        // Canonical decomposition puts accents apart (é → e + ◌́); only ASCII letters and digits stay.
        let kept = ligatures.decomposedStringWithCanonicalMapping.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) ? Character(scalar) : " "
        }
        return String(kept).split(separator: " ").joined(separator: "-")
    }
}

extension Link.Target {
    /// A Markdown link: `#anchor` points inside the document, anything else is a URI.
    init(markdown url: String) {
        self = url.hasPrefix("#") ? .destination(Anchor.name(String(url.dropFirst()))) : .uri(url)
    }
}
