import Foundation

/// `--dpi`: how many pixels an inch of a PNG or SVG page has. A print page (A4, trifold…)
/// is drawn at that resolution (150 dpi: an A4 is 1240 × 1754 px at the trim); a card
/// keeps its preset's pixels and only says the resolution in its PNG, for printing.
/// Without it, a print page is drawn a CSS pixel a pixel (96 dpi: 794 × 1123 for an A4)
/// and an SVG is measured in points, as before.
public enum PageResolution {
    /// From a thumbnail to a print shop's proof; 600 dpi is an A4 of 4961 × 7016 px.
    public static let range = 36...600

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// The resolution, refused in words outside `range` or for a PDF (which has no pixels).
    public static func checked(_ dpi: Int?, for type: FileType) throws -> Int? {
        guard let dpi else { return nil }
        guard type != .pdf else { throw Invalid(description: "--dpi is for png and svg files: a PDF has no pixels (add --type png)") }
        guard range.contains(dpi) else {
            throw Invalid(description: "--dpi \(dpi) is outside \(range.lowerBound)–\(range.upperBound)")
        }
        return dpi
    }

    /// Pixels per point of a print page at `dpi`.
    static func scale(_ dpi: Int) -> Double { Double(dpi) / 72 }
}
