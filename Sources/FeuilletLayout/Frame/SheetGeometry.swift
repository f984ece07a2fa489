/// Where a printed page is cut and folded, in page coordinates. A print shop reads the
/// trim and bleed boxes from the PDF; tests read the folds and safe areas from the dump.
public struct SheetGeometry: Sendable, Equatable, Codable {
    /// The finished page inside the sheet (the sheet adds bleed and crop marks around it).
    public var trim: Rect
    /// How far backgrounds that touch the trim run past it.
    public var bleed: Double
    /// x of each vertical fold.
    public var folds: [Double]
    /// Where text may go: each panel (or the page) inside its safe margins.
    public var safeAreas: [Rect]

    public init(trim: Rect, bleed: Double, folds: [Double] = [], safeAreas: [Rect]) {
        self.trim = trim
        self.bleed = bleed
        self.folds = folds
        self.safeAreas = safeAreas
    }

    /// The trim grown by the bleed: the PDF's BleedBox.
    public var bleedBox: Rect { Rect(x: trim.x - bleed, y: trim.y - bleed, width: trim.width + 2 * bleed, height: trim.height + 2 * bleed) }
}
