/// The kind of file a rendition is written as: one PDF of all pages, or one image per page.
public enum FileType: String, CaseIterable, Sendable {
    case pdf, png
    /// Cairo's SVG: text drawn as outlines, not selectable.
    case svg
}
