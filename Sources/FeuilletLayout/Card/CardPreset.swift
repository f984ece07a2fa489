import FeuilletStyle

/// A social-media image size, in pixels, and the part of it that must stay clear of text
/// (interface overlays) or hold the key text (crops).
public struct CardPreset: Sendable, Equatable, Hashable {
    public var name: String
    public var width: Int
    public var height: Int
    /// Pixels at the top and bottom that the platform covers (stories: about 250).
    public var clearTop: Int
    public var clearBottom: Int
    /// The key text stays inside the central square, so a square crop keeps it (link previews).
    public var keyTextInCentralSquare: Bool

    public init(name: String, width: Int, height: Int, clearTop: Int = 0, clearBottom: Int = 0, keyTextInCentralSquare: Bool = false) {
        self.name = name
        self.width = width
        self.height = height
        self.clearTop = clearTop
        self.clearBottom = clearBottom
        self.keyTextInCentralSquare = keyTextInCentralSquare
    }

    public static let all: [CardPreset] = [
        CardPreset(name: "square", width: 1080, height: 1080),
        CardPreset(name: "portrait", width: 1080, height: 1350),
        CardPreset(name: "story", width: 1080, height: 1920, clearTop: 250, clearBottom: 250),
        CardPreset(name: "og", width: 1200, height: 630, keyTextInCentralSquare: true),
        CardPreset(name: "x", width: 1200, height: 600),
        CardPreset(name: "pinterest", width: 1000, height: 1500),
    ]

    /// A preset by name, or any size written `WxH` (e.g. `1080x1350`).
    public init?(named name: String) {
        if let preset = Self.all.first(where: { $0.name == name }) {
            self = preset
            return
        }
        let parts = name.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (100...8000).contains(w), (100...8000).contains(h) else { return nil }
        self.init(name: "\(w)x\(h)", width: w, height: h)
    }

    /// Its shape, which a style chooses layouts by: a fifth taller than wide (4:5 portrait,
    /// Pinterest, story) is tall, a fifth wider (link previews, banners) is wide.
    public var shape: CardLayouts.Shape {
        if height * 5 >= width * 6 { return .tall }
        return width * 5 >= height * 6 ? .wide : .square
    }

    /// Page size in points.
    public var size: Size { Size(width: Length.px(Double(width)).points(), height: Length.px(Double(height)).points()) }

    /// Where text may go, in points, before the style's padding.
    public var textArea: Rect {
        let top = Length.px(Double(clearTop)).points(), bottom = Length.px(Double(clearBottom)).points()
        return Rect(x: 0, y: top, width: size.width, height: size.height - top - bottom)
    }

    /// Where the key text (title, message) goes: the central square for link previews.
    public var keyArea: Rect {
        guard keyTextInCentralSquare, width > height else { return textArea }
        let side = size.height
        return Rect(x: (size.width - side) / 2, y: textArea.y, width: side, height: textArea.height)
    }
}
