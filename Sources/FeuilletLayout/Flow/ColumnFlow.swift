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
///
/// On pages, a column the text leaves for the next is justified vertically: the room left
/// at its foot goes into the spaces between its blocks (each at most doubled), then a
/// little into the leading, so that full columns end on one baseline. `balanceLastPage`
/// evens out the columns of the last page, its last column ending with them.
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
    /// The lines of the current region, with their tops, until the region is done.
    private var pending: [(line: FlowLine, top: Double)] = []
    /// Where the current page began: the first line on it (in the last `place` call's
    /// lines), and its frame and the structure as they were before it.
    private var pageStart: (line: Int, frame: Frame, structure: StructureTree)?
    /// Columns of pages are justified; the panels of a folded leaflet are not.
    private var justifies: Bool
    /// Set while the last page is balanced: its columns end together by their block spaces alone.
    private var balancing = false

    /// How much the space between two blocks may grow to justify a column: to twice itself
    /// (more opens holes a reader sees as breaks).
    static let gapStretch = 1.0
    /// How much of a line's height its leading may grow when the gaps are not enough.
    static let leadingStretch = 0.06

    init(pageSize: Size, firstColumns: [Rect], columns: [Rect], firstFrame: Frame, maxPages: Int? = nil) {
        self.init(frames: [firstFrame], regions: .pages(size: pageSize, first: firstColumns, later: columns, maxPages: maxPages))
    }

    init(frames: [Frame], regions: Regions, justifies: Bool? = nil) {
        self.frames = frames
        self.regions = regions
        self.justifies = justifies ?? { if case .pages = regions { true } else { false } }()
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

    /// Places the lines; with `justifyingLast`, the last column too ends at its foot (the
    /// columns of a balanced last page end together).
    mutating func place(_ lines: [FlowLine], structure: inout StructureTree, justifyingLast: Bool = false) {
        pageStart = (0, frames[current.page], structure)
        var i = 0
        while i < lines.count && overflow == nil {
            var end = i
            while end < lines.count - 1 && lines[end].keepWithNext { end += 1 }
            let group = lines[i...end]
            if let unfit = group.lazy.compactMap(\.unfit).first {
                overflow = unfit
                break
            }
            let height = group.reduce(0) { $0 + $1.height + $1.spaceBefore } - (atColumnTop ? group.first!.spaceBefore : 0)
            // A group goes to the next region when it does not fit here, even from the top
            // of a short one (the first column under a tall header) if the next holds it whole.
            if y + height > current.rect.maxY + 0.01 && (!atColumnTop || region(index + 1).map { height <= $0.rect.height + 0.01 } == true) {
                if !nextRegion(or: lines[i...], at: i, structure: &structure) { break }
                continue
            }
            // A group taller than a whole region is split where it must be.
            for k in group.indices {
                let line = lines[k]
                let before = atColumnTop ? 0 : line.spaceBefore
                if y + before + line.height > current.rect.maxY + 0.01 && !atColumnTop, !nextRegion(or: lines[k...], at: k, structure: &structure) { break }
                // Nothing is drawn past a column's foot: a line taller than a whole column
                // (a table row) cannot be placed.
                if atColumnTop && line.height > current.rect.height + 0.01 {
                    overflow = Overflow(block: line.block ?? "the text", missing: line.height - current.rect.height)
                    break
                }
                // A table going on in a new column starts with its header row again.
                let repeated = line.repeats.reduce(0) { $0 + $1.height }
                if atColumnTop, !line.repeats.isEmpty, repeated + line.height <= current.rect.height + 0.01 {
                    for header in line.repeats {
                        pending.append((header, y))
                        y += header.height
                    }
                }
                let top = y + (atColumnTop ? 0 : line.spaceBefore)
                pending.append((line, top))
                y = top + line.height
            }
            i = end + 1
        }
        commit(justified: justifyingLast && overflow == nil, structure: &structure)
    }

    /// Places the current region's lines; `justified` spreads the room left at its foot
    /// over the spaces between its blocks (each at most doubled), then their leading (by
    /// at most 6 %); on a balanced last page, it all goes between blocks (the closing note
    /// goes down to the foot) and no line is set looser.
    private mutating func commit(justified: Bool, structure: inout StructureTree) {
        let region = current
        var shift = 0.0
        if justified, justifies, let last = pending.last {
            // The space between two blocks: what the first keeps below it and the second above.
            func gap(_ k: Int) -> Double { k == 0 ? 0 : pending[k - 1].line.trailingSpace + pending[k].line.spaceBefore }
            let slack = region.rect.maxY - (last.top + last.line.height - last.line.trailingSpace)
            let gaps = pending.indices.reduce(0) { $0 + gap($1) }
            let factor = gaps > 0 && slack > 0 ? min(balancing ? .infinity : Self.gapStretch, slack / gaps) : 0
            // What the gaps cannot take goes a little into every line's leading, no more.
            let lines = Double(max(1, pending.count - 1))
            let leading = slack > 0 && !balancing ? min(max(0, slack - gaps * factor) / lines, Self.leadingStretch * pending[0].line.height) : 0
            // A column of a balanced page that holds only the closing note has nothing to
            // spread: the note goes down to the foot, as a colophon does.
            if balancing, gaps == 0, slack > 0, pending.allSatisfy({ $0.line.block == LeafletParts.closingNote }) { shift = slack }
            for k in pending.indices {
                shift += gap(k) * factor + (k > 0 && !pending[k].line.attached ? leading : 0)
                pending[k].top += shift
            }
        }
        for (line, top) in pending { line.place(in: &frames[region.page], x: region.rect.x, top: top, structure: &structure) }
        pending = []
    }

    /// Moves to the next region; false (and `overflow` set) when there is none.
    private mutating func nextRegion(or unplaced: ArraySlice<FlowLine>, at lineIndex: Int, structure: inout StructureTree) -> Bool {
        guard let next = region(index + 1) else {
            let missing = unplaced.reduce(0) { $0 + $1.height + $1.spaceBefore } - (unplaced.first?.spaceBefore ?? 0)
            overflow = Overflow(block: unplaced.first?.block ?? "the text", missing: missing)
            return false
        }
        commit(justified: true, structure: &structure)
        let page = current.page
        index += 1
        while next.page >= frames.count, case .pages(let size, _, _, _) = regions { frames.append(Frame(size: size)) }
        if next.page != page { pageStart = (lineIndex, frames[next.page], structure) }
        y = next.rect.y
        return true
    }

    /// The columns of the flow's last page set again as short as they can be with all its
    /// lines still on it: a last page (or a one-page leaflet) ends with columns of about
    /// equal height instead of a full first column and an empty second one.
    mutating func balanceLastPage(_ lines: [FlowLine], structure: inout StructureTree) {
        guard overflow == nil, case .pages(_, let first, let later, _) = regions, let start = pageStart else { return }
        let page = current.page
        let columns = page == 0 ? first : later
        guard columns.count > 1, let best = Self.balanced(Array(lines[start.line...]), in: columns.map { Region(rect: $0, page: 0) },
                                                          frames: [start.frame], structure: start.structure) else { return }
        frames[page] = best.frames[0]
        structure = best.structure
    }

    /// `lines` placed in `regions` cut as short as they can be with every line still in
    /// them: columns of about equal height, which end together by their block spaces
    /// (`freely`: as far as that takes; else each space at most doubled, as a justified
    /// column); nil if they do not fit.
    static func balanced(_ lines: [FlowLine], in regions: [Region], frames: [Frame], structure: StructureTree,
                         freely: Bool = true) -> (frames: [Frame], structure: StructureTree)? {
        func attempt(_ height: Double) -> (frames: [Frame], structure: StructureTree)? {
            var tree = structure
            let cut = regions.map { Region(rect: Rect(x: $0.rect.x, y: $0.rect.y, width: $0.rect.width, height: min($0.rect.height, height)), page: $0.page) }
            var flow = ColumnFlow(frames: frames, regions: .fixed(cut), justifies: true)
            flow.balancing = freely
            flow.place(lines, structure: &tree, justifyingLast: true)
            return flow.overflow == nil ? (flow.frames, tree) : nil
        }
        let full = regions.map(\.rect.height).max() ?? 0
        let total = lines.reduce(0) { $0 + $1.height + $1.spaceBefore }
        var (lo, hi) = (max(0, total / Double(max(1, regions.count)) - 1), full)
        guard var best = attempt(hi) else { return nil }
        for _ in 0..<12 where hi - lo > 0.5 {
            let mid = (lo + hi) / 2
            if let found = attempt(mid) { best = found; hi = mid } else { lo = mid }
        }
        return best
    }
}
