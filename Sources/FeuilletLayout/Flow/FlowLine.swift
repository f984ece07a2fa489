/// One line of a column's content, ready to be stacked: its pieces are relative to the
/// top-left corner of the column at the line's top.
struct FlowLine {
    /// Something drawn, or the start or end of a structure element inside the line (a
    /// list item's label comes before its body on the same line).
    enum Piece {
        case item(Point, FrameItem)
        case tag(StructureTag)
    }

    var height: Double
    /// Space above the line; dropped when the line starts a column.
    var spaceBefore: Double = 0
    /// Of `height`, the space the line keeps below it (a block's space after): the room
    /// between blocks that vertical justification may widen.
    var trailingSpace: Double = 0
    /// This line and the next must share a column (heading with its text, no orphan or widow).
    var keepWithNext = false
    var pieces: [Piece] = []
    /// Structure elements opened before the line's pieces and closed after them.
    var opens: [StructureTag] = []
    var closes: [StructureTag] = []
    /// What layout must report about this line (see `SetLine.problem`).
    var problem: String?
    /// The block the line belongs to, as an error names it: `the paragraph "Les traitements…"`.
    var block: String?
    /// Set right under the line before it: justifying a column opens no space above it (a
    /// table's rows, whose rules and bands meet).
    var attached = false
    /// Lines set above this one when it starts a column, as artifacts (a table's header row
    /// over a row the table continues with).
    var repeats: [FlowLine] = []
    /// Drawn but not read: its items have no place in the structure, and its tags are ignored
    /// (a repeated header row).
    var isArtifact = false
    /// What keeps the line from being placed anywhere (a table wider than its column): the
    /// flow stops there, as when it runs out of room.
    var unfit: Overflow?

    init(height: Double, items: [(Point, FrameItem)] = []) {
        self.height = height
        pieces = items.map { .item($0.0, $0.1) }
    }

    /// Takes `lines` in, stacked from `top` inside this line (a QR code's words beside it):
    /// their elements and items become this line's pieces, in order.
    mutating func placeBeside(_ lines: [FlowLine], top: Double) {
        var y = top
        for (n, line) in lines.enumerated() {
            if n > 0 { y += line.spaceBefore }
            pieces += line.opens.map(Piece.tag)
            for piece in line.pieces {
                if case .item(let o, let item) = piece { pieces.append(.item(Point(x: o.x, y: o.y + y), item)) } else { pieces.append(piece) }
            }
            pieces += line.closes.map(Piece.tag)
            y += line.height
        }
    }

    /// Moves everything drawn by `dy`.
    mutating func shift(by dy: Double) {
        pieces = pieces.map { piece in
            if case .item(let o, let item) = piece { .item(Point(x: o.x, y: o.y + dy), item) } else { piece }
        }
    }
}

/// The start or end of a structure element, as blocks are set (`StructureTree` is built
/// from them when the lines are placed, in reading order).
struct StructureTag {
    enum Phase { case begin, end }
    var phase: Phase
    var name: String
    /// A heading's text, for the outline.
    var title: String?
    /// A figure's description.
    var alt: String?
    /// A table header cell's scope.
    var scope: StructureTree.Scope?

    static func begin(_ name: String, title: String? = nil, alt: String? = nil, scope: StructureTree.Scope? = nil) -> StructureTag {
        StructureTag(phase: .begin, name: name, title: title, alt: alt, scope: scope)
    }
    static func end(_ name: String) -> StructureTag { StructureTag(phase: .end, name: name) }
}

extension StructureTree {
    mutating func apply(_ tag: StructureTag) {
        switch tag.phase {
        case .begin: begin(tag.name, title: tag.title, alt: tag.alt, scope: tag.scope)
        case .end: end(tag.name)
        }
    }
}

extension FlowLine {
    /// Adds the line's items to `frame`, with the line's top-left corner at (x, top), and its
    /// elements and content to `structure`: text and images are content of the element open
    /// around them, a link's annotation an element of its own.
    func place(in frame: inout Frame, x: Double, top: Double, structure: inout StructureTree) {
        if !isArtifact { for tag in opens { structure.apply(tag) } }
        for piece in pieces {
            switch piece {
            case .tag(let tag): if !isArtifact { structure.apply(tag) }
            case .item(let origin, let item):
                let ref: StructureRef? = switch item {
                case _ where isArtifact: nil
                case .text, .image, .vector: structure.content()
                case .link: structure.link()
                case .shape, .anchor, .group: nil
                }
                frame.add(item, at: Point(x: x + origin.x, y: top + origin.y), structure: ref)
            }
        }
        if !isArtifact { for tag in closes { structure.apply(tag) } }
    }
}
