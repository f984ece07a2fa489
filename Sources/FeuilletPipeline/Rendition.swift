import FeuilletLayout
import FeuilletRender

/// An article made into one target, ready to be written as any of the target's file
/// types: the pages, the PDF's metadata (from the typeset text, so the title has the same
/// French spacing as the page), and what the run has to report.
public struct Rendition {
    public var target: Target
    public var pages: [Page]
    /// The elements of the text in reading order, which the pages' items point into.
    public var structure: StructureTree
    public var metadata: PDFExporter.Metadata
    /// What layout reported (rule `layout`), what the fonts could not draw, and the
    /// preflight's findings when it ran.
    public var findings: [Finding]
    /// The share of the style's sizes the text was set at (below 1 when shrunk to fit).
    public var scale: Double
    /// For a press target, the PDF/X file itself, made once with the rendition so that its
    /// checks read what is written.
    public var pressFile: [UInt8]?
}
