import FeuilletStyle

/// One page showing a whole batch at a glance: a grid of thumbnails, each labelled with
/// its article, style and format. The page is as tall as the grid needs.
public struct ContactSheetLayout {
    public struct Entry: Sendable {
        public var image: Image
        public var label: [String]
        public init(image: Image, label: [String]) {
            self.image = image
            self.label = label
        }
    }

    public let engine: TextEngine
    public var width = 842.0
    public var columns = 6
    public var margin = 24.0
    public var gutter = 12.0
    /// Labels in the first family of the font library: a contact sheet has no style of its own.
    public var labelStyle: TextStyle

    public init(engine: TextEngine) {
        self.engine = engine
        labelStyle = TextStyle(family: engine.fonts.families.sorted().first { $0.hasSuffix("Sans") } ?? engine.fonts.families.sorted()[0],
                               size: 7.5, lineHeight: .factor(1.2), color: Color(red: 0.2, green: 0.2, blue: 0.2), align: .left)
    }

    public func layout(title: String, entries: [Entry]) -> Page {
        let setter = ParagraphSetter(engine: engine, hyphenator: nil, maxConsecutiveHyphens: 0)
        let cell = (width - 2 * margin - gutter * Double(columns - 1)) / Double(columns)
        var items: [(Point, FrameItem)] = []
        var titleStyle = labelStyle
        titleStyle.size = 12
        titleStyle.weight = 700
        var y = margin
        for line in setter.set(StyledText(title), style: titleStyle, width: width - 2 * margin) {
            items.append((Point(x: margin, y: y + line.line.ascent), .text(line.line)))
            y += titleStyle.leading
        }
        y += gutter
        for row in stride(from: 0, to: entries.count, by: columns) {
            let slice = entries[row..<min(row + columns, entries.count)]
            // Thumbnails keep their proportions inside a cell at most 1.5 times as tall as wide.
            let sizes = slice.map { e -> Size in
                let scale = min(cell / Double(e.image.width), cell * 1.5 / Double(e.image.height))
                return Size(width: Double(e.image.width) * scale, height: Double(e.image.height) * scale)
            }
            let imageHeight = sizes.map(\.height).max() ?? 0
            var labelHeight = 0.0
            for (n, (entry, size)) in zip(slice, sizes).enumerated() {
                let x = margin + Double(n) * (cell + gutter)
                let top = y + imageHeight - size.height
                items.append((Point(x: x, y: top), .image(entry.image, size)))
                items.append((Point(x: x, y: top), .shape(Shape(.rectangle(size, cornerRadius: 0), stroke: Color(red: 0.75, green: 0.75, blue: 0.75), lineWidth: 0.5))))
                var ly = y + imageHeight + 4
                for text in entry.label {
                    for line in setter.set(StyledText(text), style: labelStyle, width: cell) {
                        items.append((Point(x: x, y: ly + line.line.ascent), .text(line.line)))
                        ly += labelStyle.leading
                    }
                }
                labelHeight = max(labelHeight, ly - (y + imageHeight))
            }
            y += imageHeight + labelHeight + gutter
        }
        let size = Size(width: width, height: y + margin - gutter)
        var frame = Frame(size: size)
        frame.add(.shape(Shape(.rectangle(size, cornerRadius: 0), fill: .white)), at: .zero)
        for (origin, item) in items { frame.add(item, at: origin) }
        return Page(size: size, frame: frame)
    }
}
