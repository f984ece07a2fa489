/// A place flowed lines go: a column of a page, or a panel of a folded sheet.
struct Region {
    var rect: Rect
    /// The frame (page) it is on.
    var page: Int
    /// Where its text comes in reading order. Regions of equal order are read in drawing
    /// order; the panels of a folded sheet are not (see `StructureTag.order`).
    var order = 0
}

/// Stacks lines into regions (columns over pages, or panels), keeping together the runs of
/// lines marked `keepWithNext`, so a heading never ends a column and no paragraph leaves
/// one line behind. When the regions run out, it stops and says what did not fit.
struct ColumnFlow {
    enum Regions {
        /// The columns of the first page (below its header), then of every later page,
        /// on at most `maxPages` pages (nil: as many as the text needs).
        case pages(size: Size, first: [Rect], later: [Rect], maxPages: Int?)
        /// These regions, on frames that already exist.
        case fixed([Region])
    }

    private(set) var frames: [Frame]
    /// Set when the text needed more regions than there are; nothing more is placed.
    private(set) var overflow: Overflow?
    private let regions: Regions
    /// The region the flow is in (the last one it placed lines in, once done).
    private(set) var index = 0
    private var y: Double
    /// Structure elements open at this point of the flow, outermost first.
    private var open: [StructureTag] = []

    init(pageSize: Size, firstColumns: [Rect], columns: [Rect], firstFrame: Frame, maxPages: Int? = nil) {
        self.init(frames: [firstFrame], regions: .pages(size: pageSize, first: firstColumns, later: columns, maxPages: maxPages))
    }

    init(frames: [Frame], regions: Regions) {
        self.frames = frames
        self.regions = regions
        y = 0
        y = current.rect.y
    }

    private func region(_ i: Int) -> Region? {
        switch regions {
        case .pages(_, let first, let later, let maxPages):
            if i < first.count { return Region(rect: first[i], page: 0) }
            let page = 1 + (i - first.count) / later.count
            if let maxPages, page >= maxPages { return nil }
            return Region(rect: later[(i - first.count) % later.count], page: page)
        case .fixed(let list):
            return i < list.count ? list[i] : nil
        }
    }

    private var current: Region { region(index)! }
    private var atColumnTop: Bool { y == current.rect.y }

    mutating func place(_ lines: [FlowLine]) {
        var i = 0
        while i < lines.count && overflow == nil {
            var end = i
            while end < lines.count - 1 && lines[end].keepWithNext { end += 1 }
            let group = lines[i...end]
            let height = group.reduce(0) { $0 + $1.height + $1.spaceBefore } - (atColumnTop ? group.first!.spaceBefore : 0)
            if y + height > current.rect.maxY + 0.01 && !atColumnTop {
                if !nextRegion(or: lines[i...]) { return }
                continue
            }
            // A group taller than a whole region is split where it must be.
            for k in group.indices {
                let line = lines[k]
                let before = atColumnTop ? 0 : line.spaceBefore
                if y + before + line.height > current.rect.maxY + 0.01 && !atColumnTop, !nextRegion(or: lines[k...]) { return }
                put(line, at: y + (atColumnTop ? 0 : line.spaceBefore))
            }
            i = end + 1
        }
    }

    private mutating func put(_ line: FlowLine, at top: Double) {
        let order = current.order
        var line = line
        line.opens = line.opens.map { $0.reading(at: order) }
        line.items = line.items.map { placed in
            if case .tag(let tag) = placed.item { (placed.origin, .tag(tag.reading(at: order))) } else { placed }
        }
        track(line)
        line.place(in: &frames[current.page], x: current.rect.x, top: top)
        y = top + line.height
    }

    private mutating func track(_ line: FlowLine) {
        let tags = line.opens + line.items.compactMap { if case .tag(let t) = $0.item { t } else { nil } } + line.closes
        for tag in tags {
            if tag.phase == .begin {
                open.append(tag)
            } else if let k = open.lastIndex(where: { $0.name == tag.name }) {
                open.remove(at: k)
            }
        }
    }

    /// Moves to the next region; false (and `overflow` set) when there is none.
    private mutating func nextRegion(or unplaced: ArraySlice<FlowLine>) -> Bool {
        guard let next = region(index + 1) else {
            let missing = unplaced.reduce(0) { $0 + $1.height + $1.spaceBefore } - (unplaced.first?.spaceBefore ?? 0)
            overflow = Overflow(block: unplaced.first?.block ?? "the text", missing: missing)
            return false
        }
        let previous = current
        index += 1
        while next.page >= frames.count, case .pages(let size, _, _, _) = regions { frames.append(Frame(size: size)) }
        // Text read elsewhere than it is drawn: its open elements end here and go on there.
        if next.order != previous.order {
            for tag in open.reversed() { frames[previous.page].add(.tag(.end(tag.name)), at: Point(x: previous.rect.x, y: y)) }
            for tag in open {
                var continued = StructureTag.begin(tag.name).reading(at: next.order)
                continued.continued = true
                frames[next.page].add(.tag(continued), at: Point(x: next.rect.x, y: next.rect.y))
            }
        }
        y = next.rect.y
        return true
    }
}

extension StructureTag {
    /// The tag, read at `order` when it begins an element.
    func reading(at order: Int) -> StructureTag {
        var tag = self
        if phase == .begin { tag.order = order }
        return tag
    }
}
