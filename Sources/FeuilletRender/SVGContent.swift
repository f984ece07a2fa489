/// What an SVG file may hold to be drawn as its author drew it: no text (librsvg would set
/// it in whatever fonts the machine has, not the ones in Fonts/), and nothing it would
/// fetch from another file or the network. Read from the markup itself, before librsvg.
enum SVGContent {
    static func check(_ bytes: [UInt8]) throws {
        let markup = String(decoding: bytes, as: UTF8.self)
        if markup.range(of: #"<(svg:)?(text|tspan|textPath)[\s>/]"#, options: .regularExpression) != nil {
            throw PictureError(message: "the SVG has text, which would be drawn in the machine's fonts, not Feuillet's: convert its text to outlines (Inkscape: Path › Object to Path)")
        }
        // An href that is not an element of the file itself (#id) nor data in it (data:).
        if let link = markup.range(of: #"href\s*=\s*["'](?!#|data:)[^"']*["']"#, options: .regularExpression) {
            throw PictureError(message: "the SVG refers to another file (\(markup[link].prefix(80))), which is never read: embed it in the SVG")
        }
    }
}
