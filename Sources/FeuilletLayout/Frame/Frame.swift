import FeuilletStyle

/// A page of output: its size and what is drawn on it. Layout makes pages; every
/// exporter (PDF, PNG, SVG) only walks them.
public struct Page {
    public var size: Size
    public var frame: Frame
    /// Where a printed page is cut and folded; nil for screen outputs (cards).
    public var sheet: SheetGeometry?
    public init(size: Size, frame: Frame, sheet: SheetGeometry? = nil) { self.size = size; self.frame = frame; self.sheet = sheet }
}

/// An ordered list of items, each at an origin relative to the frame.
public struct Frame {
    public struct Placed {
        public var origin: Point
        public var item: FrameItem
    }

    public var size: Size
    public private(set) var items: [Placed] = []

    public init(size: Size) { self.size = size }

    public mutating func add(_ item: FrameItem, at origin: Point) { items.append(Placed(origin: origin, item: item)) }

    /// Adds an item drawn before all others: a background sized once what it lies under is known.
    public mutating func addBehind(_ item: FrameItem, at origin: Point) { items.insert(Placed(origin: origin, item: item), at: 0) }
}

public enum FrameItem {
    /// One laid-out line of text; the origin is the left end of its baseline.
    case text(TextLine)
    case shape(Shape)
    /// Pixels drawn at a size in points; the origin is the top-left corner.
    case image(Image, Size)
    /// A clickable area over text; the origin is its top-left corner.
    case link(Link)
    /// A structure element begins or ends here (tagged PDF); the origin is where it starts.
    case tag(StructureTag)
    /// A named destination internal links point to; the origin is the point they show.
    case anchor(String)
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

    public init(_ geometry: Geometry, fill: Color? = nil, stroke: Color? = nil, lineWidth: Double = 0) {
        self.geometry = geometry
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
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
}

/// Start or end of a structure element (Document, H1, P, L, LI, Lbl, LBody, Link…).
/// A heading's start carries its text, which becomes an outline entry.
public struct StructureTag {
    public enum Phase { case begin, end }
    public var phase: Phase
    public var name: String
    public var outlineTitle: String?
    /// Where the element comes in reading order, when that is not drawing order: the
    /// panels of a folded leaflet are drawn page by page but read cover, inside, flap, back.
    public var order = 0
    /// The element goes on from where the same element stopped, earlier in reading order
    /// (text that runs on from the last inside panel to the flap).
    public var continued = false

    public static func begin(_ name: String, outline: String? = nil) -> StructureTag {
        StructureTag(phase: .begin, name: name, outlineTitle: outline)
    }
    public static func end(_ name: String) -> StructureTag { StructureTag(phase: .end, name: name, outlineTitle: nil) }
}
