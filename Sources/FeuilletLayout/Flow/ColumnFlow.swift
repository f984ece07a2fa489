/// Stacks lines into columns and pages, keeping together the runs of lines marked
/// `keepWithNext`, so a heading never ends a column and no paragraph leaves one line behind.
struct ColumnFlow {
    let pageSize: Size
    /// Column rectangles of the first page (below its header) and of every later page.
    let firstColumns: [Rect]
    let columns: [Rect]

    private(set) var frames: [Frame]
    private var column = 0
    private var y: Double

    init(pageSize: Size, firstColumns: [Rect], columns: [Rect], firstFrame: Frame) {
        self.pageSize = pageSize
        self.firstColumns = firstColumns
        self.columns = columns
        frames = [firstFrame]
        y = firstColumns[0].y
    }

    private var current: Rect { (frames.count == 1 ? firstColumns : columns)[column] }
    private var atColumnTop: Bool { y == current.y }

    mutating func place(_ lines: [FlowLine]) {
        var i = 0
        while i < lines.count {
            var end = i
            while end < lines.count - 1 && lines[end].keepWithNext { end += 1 }
            let group = lines[i...end]
            let height = group.reduce(0) { $0 + $1.height + $1.spaceBefore } - (atColumnTop ? group.first!.spaceBefore : 0)
            if y + height > current.maxY + 0.01 && !atColumnTop {
                nextColumn()
                continue
            }
            // A group taller than a whole column is split where it must be.
            for line in group {
                let before = atColumnTop ? 0 : line.spaceBefore
                if y + before + line.height > current.maxY + 0.01 && !atColumnTop { nextColumn() }
                put(line, at: y + (atColumnTop ? 0 : line.spaceBefore))
            }
            i = end + 1
        }
    }

    private mutating func put(_ line: FlowLine, at top: Double) {
        line.place(in: &frames[frames.count - 1], x: current.x, top: top)
        y = top + line.height
    }

    private mutating func nextColumn() {
        let count = (frames.count == 1 ? firstColumns : columns).count
        if column + 1 < count {
            column += 1
        } else {
            column = 0
            frames.append(Frame(size: pageSize))
        }
        y = current.y
    }
}
