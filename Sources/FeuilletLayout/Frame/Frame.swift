import FeuilletStyle

/// A page of output: its size and what is drawn on it. Layout makes pages; every
/// exporter (PDF, PNG, SVG) only walks them.
public struct Page {
    public var size: Size
    public var frame: Frame
    /// Where a printed page is cut and folded; nil for screen outputs (cards).
    public var sheet: SheetGeometry?
    /// A card's main text (its footer left out): what its layout fills, for the layout dump.
    public var textBlock: Rect?
    /// Where a card's layout lets its text go: the safe area, less a split card's photo.
    public var textArea: Rect?
    /// What a card shows, in words, for the alt text a social network asks for.
    public var alt: String?
    public init(size: Size, frame: Frame, sheet: SheetGeometry? = nil) { self.size = size; self.frame = frame; self.sheet = sheet }
}

/// An ordered list of items, each at an origin relative to the frame. A `group` item is a
/// whole frame placed at its origin (a panel of a folded leaflet, a page on its sheet).
public struct Frame {
    public struct Placed {
        public var origin: Point
        public var item: FrameItem
        /// The structure element the item is content of (tagged PDF); nil for what is not
        /// read (backgrounds, rules, running footers, crop marks).
        public var structure: StructureRef?
    }

    public var size: Size
    public private(set) var items: [Placed] = []

    public init(size: Size) { self.size = size }

    public mutating func add(_ item: FrameItem, at origin: Point, structure: StructureRef? = nil) {
        items.append(Placed(origin: origin, item: item, structure: structure))
    }

    /// Adds an item drawn before all others: a background sized once what it lies under is known.
    public mutating func addBehind(_ item: FrameItem, at origin: Point) { items.insert(Placed(origin: origin, item: item), at: 0) }

    /// Every item but groups, in drawing order, at its origin on the page (`offset` is where
    /// this frame's own origin is): what checks, dumps and statistics read.
    public func walk(from offset: Point = .zero, _ body: (Point, Placed) throws -> Void) rethrows {
        for placed in items {
            let origin = Point(x: offset.x + placed.origin.x, y: offset.y + placed.origin.y)
            if case .group(let frame, _) = placed.item { try frame.walk(from: origin, body) } else { try body(origin, placed) }
        }
    }
}

public enum FrameItem {
    /// One laid-out line of text; the origin is the left end of its baseline.
    case text(TextLine)
    case shape(Shape)
    /// Pixels drawn at a size in points; the origin is the top-left corner.
    case image(Image, Size)
    /// An SVG drawn as vectors at a size in points (its proportions kept); the origin is the top-left corner.
    case vector(VectorImage, Size)
    /// A clickable area over text; the origin is its top-left corner.
    case link(Link)
    /// A named destination internal links point to; the origin is the point they show.
    case anchor(String)
    /// A frame whose own origin is this item's origin, drawn inside `clip` (in the frame's
    /// coordinates) when there is one.
    case group(Frame, clip: Rect?)
}

/// A filled or stroked rectangle (origin: top-left) or a rule (origin: start point,
/// `to`: end point relative to the origin, so a frame can be moved by its origins alone).
public struct Shape {
    public enum Geometry {
        case rectangle(Size, cornerRadius: Double)
        case rule(to: Point)
    }

    public var geometry: Geometry
    public var fill: Color?
    public var stroke: Color?
    public var lineWidth: Double
    /// Lengths of the stroke's dashes and gaps, in turn (empty: a solid line).
    public var dash: [Double]

    public init(_ geometry: Geometry, fill: Color? = nil, stroke: Color? = nil, lineWidth: Double = 0, dash: [Double] = []) {
        self.geometry = geometry
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
        self.dash = dash
    }
}

public struct Link {
    public enum Target: Equatable {
        case uri(String)
        /// A named destination placed elsewhere in the document.
        case destination(String)
    }
    public var size: Size
    public var target: Target
    public init(size: Size, target: Target) { self.size = size; self.target = target }
}
