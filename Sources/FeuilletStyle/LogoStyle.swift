import Foundation

/// The house logo a style puts on every leaflet and card: a PNG or SVG file beside the
/// style sheet, with a variant for dark backgrounds (a title band, a coloured cover, a
/// night card). A style that extends another replaces it by giving its own.
public struct LogoStyle: Sendable, Equatable {
    /// The files, as absolute paths (the sheet gives them relative to itself).
    public var file: String
    public var dark: String?
    /// Its width on leaflets and on 1080-pixel cards; the height follows its proportions.
    public var width: Length
    public var cardWidth: Length
    /// What it shows, for readers who cannot see it (the PDF's `/Alt`).
    public var alt: String

    public init(file: String, dark: String? = nil, width: Length = .mm(28), cardWidth: Length = .px(180), alt: String = "Logo") {
        self.file = file
        self.dark = dark
        self.width = width
        self.cardWidth = cardWidth
        self.alt = alt
    }

    static let keys = ["file", "dark", "width", "card-width", "alt"]

    /// The file to draw on a background: the dark variant where dark text would not read.
    public func file(on background: Color) -> String {
        guard let dark, Color.black.contrast(with: background) < Color.white.contrast(with: background) else { return file }
        return dark
    }
}

extension StyleDecoder {
    /// `logo: { file: logo.svg, dark: logo-blanc.svg, width: 28mm, card-width: 180px, alt: "…" }`:
    /// files beside the sheet that names them (or below its folder), never elsewhere.
    func decodeLogo(_ top: Fields) throws -> LogoStyle? {
        guard let f = try top.fields("logo", allowed: LogoStyle.keys) else { return nil }
        func path(_ key: String) throws -> String? {
            guard let name = try f.string(key), let node = f[key] else { return nil }
            let folder = URL(fileURLWithPath: node.at.file).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath()
            let target = URL(fileURLWithPath: name, relativeTo: folder).standardizedFileURL.resolvingSymlinksInPath()
            guard target.path.hasPrefix(folder.path + "/") else {
                return try f.fail(node, "\(f.keyPath(key)): \"\(name)\" is outside the style's folder: a logo file goes beside the sheet")
            }
            guard FileManager.default.fileExists(atPath: target.path) else { return try f.fail(node, "\(f.keyPath(key)): \"\(name)\" does not exist") }
            return target.path
        }
        guard let file = try path("file") else {
            if f["file"] == nil, let logo = top["logo"] { try f.problems.add(logo.error("logo: needs file: the logo's PNG or SVG, beside the sheet")) }
            return nil
        }
        var logo = LogoStyle(file: file, dark: try path("dark"))
        logo.width = try f.length("width", in: StyleRanges.logoWidth) ?? logo.width
        logo.cardWidth = try f.length("card-width", in: StyleRanges.logoCardWidth) ?? logo.cardWidth
        logo.alt = try f.string("alt") ?? logo.alt
        return logo
    }
}
