/// The logical structure of a laid-out document, for tagged PDF: elements (Document, Sect,
/// H2, P, L, LI, Lbl, LBody, Link, Div, Table, TR, TH, TD…) each holding its child elements and its content
/// in reading order. Layout builds it as it places text, part after part in the order
/// they are read, whatever page or panel the text lands on; drawn items point back to it
/// (`Frame.Placed.structure`). The exporter writes it as the PDF's structure tree.
public struct StructureTree: Sendable {
    public struct Element: Sendable, Equatable {
        /// The PDF structure type: `P`, `H2`, `LI`…
        public var kind: String
        public var parent: Int?
        /// A heading's text: its entry in the PDF outline.
        public var title: String?
        /// What a figure shows, for readers who cannot see it.
        public var alt: String?
        /// The cells a table header cell (`TH`) heads: written as its `/A << /O /Table /Scope … >>`.
        public var scope: Scope?
        public var kids: [Kid] = []
    }

    /// The cells a header cell heads: those below it, or those beside it.
    public enum Scope: String, Sendable, Equatable {
        case column = "Column", row = "Row"
    }

    /// A child of an element: another element, or a piece of content (a line, an image,
    /// a link's annotation), numbered in reading order.
    public enum Kid: Sendable, Equatable {
        case element(Int)
        case content(Int)
    }

    public private(set) var elements: [Element]
    /// How many pieces of content the elements hold.
    public private(set) var contentCount = 0
    /// The elements open now, outermost (the root) first.
    private var open: [Int] = [0]

    public init(root kind: String = "Document") {
        elements = [Element(kind: kind, parent: nil)]
    }

    /// Opens an element inside the innermost open one.
    public mutating func begin(_ kind: String, title: String? = nil, alt: String? = nil, scope: Scope? = nil) {
        let parent = open.last!
        elements.append(Element(kind: kind, parent: parent, title: title, alt: alt, scope: scope))
        elements[parent].kids.append(.element(elements.count - 1))
        open.append(elements.count - 1)
    }

    /// Closes the innermost open element of this kind, and what was opened inside it.
    public mutating func end(_ kind: String) {
        guard let k = open.lastIndex(where: { elements[$0].kind == kind }), k > 0 else { return }
        open.removeSubrange(k...)
    }

    /// The next piece of content of the innermost open element.
    public mutating func content() -> StructureRef {
        let element = open.last!
        elements[element].kids.append(.content(contentCount))
        contentCount += 1
        return StructureRef(element: element, kind: elements[element].kind, content: contentCount - 1)
    }

    /// A link's annotation: in an element `Link` of its own, inside the innermost open one.
    public mutating func link() -> StructureRef {
        begin("Link")
        defer { end("Link") }
        return content()
    }

    /// The elements in reading order (depth first), from `start`.
    public func preorder(from start: Int = 0) -> [Int] {
        [start] + elements[start].kids.flatMap { kid -> [Int] in
            if case .element(let e) = kid { preorder(from: e) } else { [] }
        }
    }

    /// The first piece of content of an element or of the elements inside it.
    public func firstContent(of element: Int) -> Int? {
        for kid in elements[element].kids {
            switch kid {
            case .content(let c): return c
            case .element(let e): if let c = firstContent(of: e) { return c }
            }
        }
        return nil
    }
}

/// Where a drawn item stands in the structure: its element, that element's kind, and the
/// item's number among all content in reading order.
public struct StructureRef: Sendable, Equatable {
    public var element: Int
    public var kind: String
    public var content: Int
}
