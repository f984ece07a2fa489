import Foundation

/// The page tree as JSON (page, item kind, rectangle, text), so tests and people can
/// check geometry (inside margins, no overlap, every word placed) without reading pixels.
public enum LayoutDump {
    public struct Item: Codable, Equatable {
        public var page: Int
        public var kind: String
        public var rect: Rect
        public var text: String?
        /// For text: the baseline's y and the font size, to check lines do not collide.
        public var baseline: Double?
        public var fontSize: Double?
        /// For a justified line whose edge punctuation hangs into the margins (`Protrusion`):
        /// how far past the left and the right edge of its measure, in points.
        public var hangs: [Double]?
        /// The kind of the structure element the item is content of (`P`, `H2`, `LBody`…),
        /// and the element's number in the document's structure.
        public var structure: String?
        public var element: Int?
    }

    public struct PageInfo: Codable, Equatable {
        public var page: Int
        public var size: Size
        /// Trim, bleed, folds and safe areas of a printed page.
        public var sheet: SheetGeometry?
        /// A card's main text block (its footer left out).
        public var textBlock: Rect?
        /// Where the card's layout lets text go (the safe area, less a split card's photo).
        public var textArea: Rect?
        public var items: [Item]
    }

    public static func pages(_ pages: [Page]) -> [PageInfo] {
        pages.enumerated().map { n, page in
            var items: [Item] = []
            // Groups are flattened: every item at its place on the page.
            page.frame.walk { origin, placed in
                var item = item(n + 1, placed.item, at: origin)
                item.structure = placed.structure?.kind
                item.element = placed.structure?.element
                items.append(item)
            }
            return PageInfo(page: n + 1, size: page.size, sheet: page.sheet, textBlock: page.textBlock, textArea: page.textArea, items: items)
        }
    }

    private static func item(_ page: Int, _ frameItem: FrameItem, at o: Point) -> Item {
        switch frameItem {
        case .text(let line):
            return Item(page: page, kind: "text", rect: Rect(x: o.x, y: o.y - line.ascent, width: line.width, height: line.ascent + line.descent),
                        text: line.text, baseline: o.y, fontSize: line.fontSize,
                        hangs: line.hangsLeft == 0 && line.hangsRight == 0 ? nil : [line.hangsLeft, line.hangsRight])
        case .shape(let shape):
            switch shape.geometry {
            case .rectangle(let size, _):
                return Item(page: page, kind: "rectangle", rect: Rect(x: o.x, y: o.y, width: size.width, height: size.height))
            case .rule(let to):
                return Item(page: page, kind: "rule", rect: Rect(x: o.x + min(0, to.x), y: o.y + min(0, to.y), width: abs(to.x), height: abs(to.y)))
            }
        case .image(_, let size), .vector(_, let size):
            return Item(page: page, kind: "image", rect: Rect(x: o.x, y: o.y, width: size.width, height: size.height))
        case .link(let link):
            let text: String = switch link.target { case .uri(let u): u; case .destination(let d): "#" + d }
            return Item(page: page, kind: "link", rect: Rect(x: o.x, y: o.y, width: link.size.width, height: link.size.height), text: text)
        case .anchor(let name):
            return Item(page: page, kind: "anchor", rect: Rect(x: o.x, y: o.y, width: 0, height: 0), text: name)
        case .group(let frame, _):
            return Item(page: page, kind: "group", rect: Rect(x: o.x, y: o.y, width: frame.size.width, height: frame.size.height))
        }
    }

    public static func json(_ pages: [Page]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(Self.pages(pages))
    }
}
