/// A place flowed lines go: a column of a page, or of a panel of a folded sheet.
struct Region {
    var rect: Rect
    /// The frame (page, or panel) it is on.
    var page: Int
}

/// Stacks lines into regions (columns over pages, or panels), keeping together the runs of
/// lines marked `keepWithNext`, so a heading never ends a column and no paragraph leaves
/// one line behind. When the regions run out, it stops and says what did not fit. The
/// lines come in reading order, and their elements go into the structure in that order,
/// wherever the regions are drawn.
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

    mutating func place(_ lines: [FlowLine], structure: inout StructureTree) {
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
                let top = y + (atColumnTop ? 0 : line.spaceBefore)
                line.place(in: &frames[current.page], x: current.rect.x, top: top, structure: &structure)
                y = top + line.height
            }
            i = end + 1
        }
    }

    /// Moves to the next region; false (and `overflow` set) when there is none.
    private mutating func nextRegion(or unplaced: ArraySlice<FlowLine>) -> Bool {
        guard let next = region(index + 1) else {
            let missing = unplaced.reduce(0) { $0 + $1.height + $1.spaceBefore } - (unplaced.first?.spaceBefore ?? 0)
            overflow = Overflow(block: unplaced.first?.block ?? "the text", missing: missing)
            return false
        }
        index += 1
        while next.page >= frames.count, case .pages(let size, _, _, _) = regions { frames.append(Frame(size: size)) }
        y = next.rect.y
        return true
    }
}
