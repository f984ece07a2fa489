import FeuilletStyle

/// Puts trimmed pages on the sheet a printer receives: the page grows by the bleed (and by
/// room for crop marks around it), backgrounds that touch the trim run on into the bleed,
/// and crop marks are drawn in that room, clear of the bleed.
struct PrintSheet {
    static let markGap = Length.mm(2).points()
    static let markLength = Length.mm(5).points()
    static let markWidth = 0.25
    /// Fold marks are dashed, so that no one cuts along them.
    static let foldDash = [Length.mm(1).points(), Length.mm(0.7).points()]

    let bleed: Double
    let marks: Bool

    /// From the sheet's edge to the trim.
    var margin: Double { bleed + (marks ? Self.markGap + Self.markLength : 0) }

    /// `page` is trim-sized, its `sheet` in its own coordinates. The trimmed page goes on the
    /// sheet as a group (its items are not copied), but for the backgrounds that touch the
    /// trim: those are drawn on the sheet itself, grown into the bleed, in their turn.
    func impose(_ page: Page) -> Page {
        let m = margin, trim = page.size
        guard m > 0 else { return page }
        let size = Size(width: trim.width + 2 * m, height: trim.height + 2 * m)
        var frame = Frame(size: size)
        var run = Frame(size: trim)
        func endRun() {
            if !run.items.isEmpty { frame.add(.group(run, clip: nil), at: Point(x: m, y: m)) }
            run = Frame(size: trim)
        }
        for placed in page.frame.items {
            if let (origin, shape) = bled(placed.item, at: placed.origin, trim: trim) {
                endRun()
                frame.add(.shape(shape), at: Point(x: origin.x + m, y: origin.y + m))
            } else {
                run.add(placed.item, at: placed.origin, structure: placed.structure)
            }
        }
        endRun()
        let own = page.sheet ?? SheetGeometry(trim: Rect(x: 0, y: 0, width: trim.width, height: trim.height), bleed: 0, safeAreas: [])
        let sheet = SheetGeometry(trim: Rect(x: m, y: m, width: trim.width, height: trim.height), bleed: bleed,
                                  folds: own.folds.map { $0 + m },
                                  safeAreas: own.safeAreas.map { Rect(x: $0.x + m, y: $0.y + m, width: $0.width, height: $0.height) })
        if marks { drawMarks(sheet, into: &frame) }
        return Page(size: size, frame: frame, sheet: sheet)
    }

    /// A plain filled rectangle that touches the trim, run on into the bleed on that side;
    /// nil for anything else.
    private func bled(_ item: FrameItem, at origin: Point, trim: Size) -> (Point, Shape)? {
        guard bleed > 0, case .shape(var shape) = item, case .rectangle(let size, let radius) = shape.geometry,
              radius == 0, shape.fill != nil, shape.stroke == nil else { return nil }
        var r = Rect(x: origin.x, y: origin.y, width: size.width, height: size.height)
        let e = 0.01
        if r.x <= e { r.x -= bleed; r.width += bleed }
        if r.y <= e { r.y -= bleed; r.height += bleed }
        if r.maxX >= trim.width - e { r.width += bleed }
        if r.maxY >= trim.height - e { r.height += bleed }
        guard r.width != size.width || r.height != size.height else { return nil }
        shape.geometry = .rectangle(Size(width: r.width, height: r.height), cornerRadius: 0)
        return (Point(x: r.x, y: r.y), shape)
    }

    /// Hairlines on the trim lines at each corner, and dashed ones on each fold at the top
    /// and bottom, from the bleed's edge plus a gap outwards.
    private func drawMarks(_ sheet: SheetGeometry, into frame: inout Frame) {
        let t = sheet.trim, near = bleed + Self.markGap, far = near + Self.markLength
        func rule(from a: Point, to b: Point, dash: [Double] = []) {
            frame.add(.shape(Shape(.rule(to: Point(x: b.x - a.x, y: b.y - a.y)), stroke: .black, lineWidth: Self.markWidth, dash: dash)), at: a)
        }
        for x in [t.x, t.maxX] + sheet.folds {
            let dash = sheet.folds.contains(x) ? Self.foldDash : []
            rule(from: Point(x: x, y: t.y - far), to: Point(x: x, y: t.y - near), dash: dash)
            rule(from: Point(x: x, y: t.maxY + near), to: Point(x: x, y: t.maxY + far), dash: dash)
        }
        for y in [t.y, t.maxY] {
            rule(from: Point(x: t.x - far, y: y), to: Point(x: t.x - near, y: y))
            rule(from: Point(x: t.maxX + near, y: y), to: Point(x: t.maxX + far, y: y))
        }
    }
}
