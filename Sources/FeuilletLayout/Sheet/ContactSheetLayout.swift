import FeuilletModel
import FeuilletStyle

/// The pages showing a whole batch at a glance: one or more A4 landscape pages per article,
/// each variant (style × format) a cell holding every one of its pages or slides side by
/// side, labelled with its style and format; a failed or skipped variant is a box saying why.
public struct ContactSheetLayout {
    public struct Entry: Sendable {
        /// Every page or slide, in order.
        public var images: [Image]
        public var label: [String]
        /// Why there is no picture: the failure (drawn in red) or why it was skipped.
        public var note: String?
        public var failed: Bool
        public init(images: [Image], label: [String], note: String? = nil, failed: Bool = false) {
            (self.images, self.label, self.note, self.failed) = (images, label, note, failed)
        }
    }

    /// An article's variants: they start a page of their own, whose words are in the
    /// article's language.
    public struct Group: Sendable {
        public var title: String
        public var entries: [Entry]
        public var labels: Labels
        public init(title: String, entries: [Entry], labels: Labels = Labels.of(Metadata.defaultLanguage)) {
            (self.title, self.entries, self.labels) = (title, entries, labels)
        }
    }

    /// The sheet's own title (its PDF's), in the language most of its articles are in.
    public static func title(_ groups: [Group]) -> String {
        var counts: [String: Int] = [:]
        for group in groups { counts[group.labels.language, default: 0] += 1 }
        let language = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? Metadata.defaultLanguage
        return Labels.of(language).sheetTitle(variants: groups.map(\.entries.count).reduce(0, +))
    }

    public let engine: TextEngine
    public var size = Size(width: 842, height: 595)
    public var margin = 24.0
    public var gutter = 12.0
    /// The square each thumbnail fits in (a portrait page as tall, a landscape card as
    /// wide), unless its variant has too many pages for the width.
    public var thumbnailBox = 84.0
    /// Between the thumbnails of a variant, at their full size.
    public var thumbnailGap = 3.0
    /// Labels in the first family of the font library: a contact sheet has no style of its own.
    public var labelStyle: TextStyle

    public init(engine: TextEngine) {
        self.engine = engine
        labelStyle = TextStyle(family: engine.fonts.families.sorted().first { $0.hasSuffix("Sans") } ?? engine.fonts.families.sorted()[0],
                               size: 7.5, lineHeight: .factor(1.2), color: Color(red: 0.2, green: 0.2, blue: 0.2), align: .left)
    }

    /// One cell, laid out at its own origin.
    private struct Cell {
        var width: Double, height: Double
        var items: [(Point, FrameItem)]
    }

    public func layout(groups: [Group]) -> [Page] {
        let count = groups.map(\.entries.count).reduce(0, +)
        let setter = ParagraphSetter(engine: engine, hyphenator: nil, maxConsecutiveHyphens: 0)
        var titleStyle = labelStyle
        titleStyle.size = 12
        titleStyle.weight = 700
        var pages: [Page] = []
        for group in groups {
            var items: [(Point, FrameItem)] = []
            var y = 0.0, x = margin, rowHeight = 0.0
            func startPage(_ heading: String) {
                if !items.isEmpty { pages.append(page(items)) }
                items = []
                y = margin
                for line in setter.set(StyledText(heading), style: titleStyle, width: size.width - 2 * margin) {
                    items.append((Point(x: margin, y: y + line.line.ascent), .text(line.line)))
                    y += titleStyle.leading
                }
                y += gutter / 2
                (x, rowHeight) = (margin, 0)
            }
            let title = group.labels.sheetTitle(variants: count)
            startPage("\(title) — \(group.title)")
            for entry in group.entries.flatMap(parts) {
                let cell = self.cell(entry, setter: setter, labels: group.labels)
                if x > margin, x + cell.width > size.width - margin {
                    (x, y, rowHeight) = (margin, y + rowHeight + gutter, 0)
                }
                if y + cell.height > size.height - margin, y > margin + titleStyle.leading + gutter {
                    startPage("\(title) — \(group.title) \(group.labels[.sheetContinued])")
                }
                for (origin, item) in cell.items { items.append((Point(x: x + origin.x, y: y + origin.y), item)) }
                x += cell.width + gutter
                rowHeight = max(rowHeight, cell.height)
            }
            pages.append(page(items))
        }
        return pages
    }

    /// Thumbnails are never drawn at less than half their box: a variant with more pages
    /// or cards than fit across at that size (a long leaflet, a data file's hundred cards)
    /// is cut into cells of equal counts, as few as will do, each labelled with the numbers
    /// it shows ("16–30 / 30"), which the sheet wraps onto rows and pages as other cells.
    private func parts(_ entry: Entry) -> [Entry] {
        let room = size.width - 2 * margin, smallest = thumbnailBox / 2
        var across = 0, used = 0.0
        for image in entry.images {
            used += smallest * Double(image.width) / Double(max(image.width, image.height))
            if across > 0, used > room { break }
            across += 1
            used += thumbnailGap
        }
        let count = entry.images.count
        guard across < count else { return [entry] }
        let cells = (count + across - 1) / across, each = (count + cells - 1) / cells
        return stride(from: 0, to: count, by: each).map { first in
            let last = min(count, first + each)
            var part = entry
            part.images = Array(entry.images[first..<last])
            part.label.append("\(first + 1)–\(last) / \(count)")
            return part
        }
    }

    private func page(_ items: [(Point, FrameItem)]) -> Page {
        var frame = Frame(size: size)
        frame.add(.shape(Shape(.rectangle(size, cornerRadius: 0), fill: .white)), at: .zero)
        for (origin, item) in items { frame.add(item, at: origin) }
        return Page(size: size, frame: frame)
    }

    /// The thumbnails side by side at `thumbnailHeight` (lower when they would be wider than
    /// the page), or the box of a failure or a skip, then the label under them.
    private func cell(_ entry: Entry, setter: ParagraphSetter, labels: Labels) -> Cell {
        let room = size.width - 2 * margin, gap = thumbnailGap
        var items: [(Point, FrameItem)] = []
        var height = thumbnailBox, width: Double
        if entry.images.isEmpty {
            width = thumbnailBox
            let box = Size(width: width, height: height)
            let ink = entry.failed ? Color(red: 0.7, green: 0.1, blue: 0.1) : Color(red: 0.45, green: 0.45, blue: 0.45)
            let paper = entry.failed ? Color(red: 1, green: 0.93, blue: 0.93) : Color(red: 0.95, green: 0.95, blue: 0.95)
            items.append((.zero, .shape(Shape(.rectangle(box, cornerRadius: 0), fill: paper, stroke: ink, lineWidth: 0.75))))
            var style = labelStyle
            style.color = ink
            style.size = 6.5
            var ly = 4.0
            let lines = setter.set(StyledText(entry.note ?? labels[.sheetNoPicture]), style: style, width: width - 6)
            for line in lines where ly + style.leading <= height - 2 {
                items.append((Point(x: 3, y: ly + line.line.ascent), .text(line.line)))
                ly += style.leading
            }
        } else {
            let natural = entry.images.map { image -> Size in
                let fit = thumbnailBox / Double(max(image.width, image.height))
                return Size(width: Double(image.width) * fit, height: Double(image.height) * fit)
            }
            let total = natural.map(\.width).reduce(0, +) + gap * Double(entry.images.count - 1)
            let scale = min(1, room / total)
            height = (natural.map(\.height).max() ?? 0) * scale
            var x = 0.0
            for (image, natural) in zip(entry.images, natural) {
                let size = Size(width: natural.width * scale, height: natural.height * scale)
                // Aligned on their foot, like pages on a table.
                items.append((Point(x: x, y: height - size.height), .image(image, size)))
                items.append((Point(x: x, y: height - size.height), .shape(Shape(.rectangle(size, cornerRadius: 0), stroke: Color(red: 0.75, green: 0.75, blue: 0.75), lineWidth: 0.5))))
                x += size.width + gap * scale
            }
            width = x - gap * scale
        }
        var ly = height + 3
        let labelWidth = max(width, 80)
        for text in entry.label {
            for line in setter.set(StyledText(text), style: labelStyle, width: labelWidth) {
                items.append((Point(x: 0, y: ly + line.line.ascent), .text(line.line)))
                ly += labelStyle.leading
            }
        }
        return Cell(width: labelWidth, height: ly, items: items)
    }
}
