import FeuilletLayout

/// The structure elements Cairo writes for some pages, in the order it creates them (the
/// drawing order, which is also the order of a depth-first walk of its tree), and how to
/// put them in reading order: Cairo 1.16 can only write the tree in drawing order, and a
/// folded leaflet is drawn page by page but read cover, inside, flap, back.
struct StructurePlan {
    struct Element {
        var name: String
        var order: Int
        var continued: Bool
        /// Position of the element's parent in `elements`; nil under the tree root.
        var parent: Int?
    }

    /// A heading, for the outline: its title, level (1 for H1), page (from 1), position and order.
    struct Heading {
        var title: String
        var level: Int
        var page: Int
        var at: Point
        var order: Int
    }

    private(set) var elements: [Element] = []
    private(set) var headings: [Heading] = []

    init(_ pages: [Page]) {
        var open: [Int] = []
        for (n, page) in pages.enumerated() {
            for placed in page.frame.items {
                switch placed.item {
                case .tag(let tag) where tag.phase == .begin:
                    elements.append(Element(name: tag.name, order: tag.order, continued: tag.continued, parent: open.last))
                    open.append(elements.count - 1)
                    if let title = tag.outlineTitle, tag.name.first == "H", let level = Int(tag.name.dropFirst()) {
                        headings.append(Heading(title: title, level: level, page: n + 1, at: placed.origin, order: tag.order))
                    }
                case .tag:
                    open.removeLast()
                case .link:
                    // Cairo makes a Link element for every link, inside the element open around it.
                    let order = open.last.map { elements[$0].order } ?? 0
                    elements.append(Element(name: "Link", order: order, continued: false, parent: open.last))
                default:
                    break
                }
            }
        }
        // Stable: headings read in the same order keep their drawing order.
        headings = headings.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element)
    }

    /// True when drawing order is already reading order: no element to move or join.
    var isInReadingOrder: Bool {
        !elements.contains(where: \.continued) && zip(elements, elements.dropFirst()).allSatisfy { $0.order <= $1.order }
    }

    /// The tree in reading order: each element's children sorted by `order` (stable), and
    /// each continued element joined to the element of the same name just before it.
    struct Arrangement {
        /// Children of the tree root, then of each element, as positions in `elements`.
        var rootChildren: [Int]
        var children: [[Int]]
        /// (into, from): `from`'s marked content goes to `into`, whose children it also took.
        var joins: [(into: Int, from: Int)]
    }

    func arranged() throws -> Arrangement {
        var children = Array(repeating: [Int](), count: elements.count)
        var root: [Int] = []
        for (i, e) in elements.enumerated() {
            if let p = e.parent { children[p].append(i) } else { root.append(i) }
        }
        var joins: [(into: Int, from: Int)] = []
        func arrange(_ list: [Int]) throws -> [Int] {
            var result: [Int] = []
            for i in list.enumerated().sorted(by: { (elements[$0.element].order, $0.offset) < (elements[$1.element].order, $1.offset) }).map(\.element) {
                if elements[i].continued {
                    guard let previous = result.last, elements[previous].name == elements[i].name else {
                        throw PDFPrintStep.Failure.structure("a continued \(elements[i].name) element has no \(elements[i].name) before it in reading order")
                    }
                    joins.append((previous, i))
                    children[previous] += children[i]
                    children[i] = []
                } else {
                    result.append(i)
                }
            }
            for i in result { children[i] = try arrange(children[i]) }
            return result
        }
        let rootChildren = try arrange(root)
        return Arrangement(rootChildren: rootChildren, children: children, joins: joins)
    }
}
