import FeuilletModel
import FeuilletStyle

/// A print format as a style tunes it, in points: what the layouts place things by.
/// Margins never come closer to the trim than the safe margin, nor to a fold than the
/// fold's safe margin, whatever the sheet says.
struct PrintTemplate {
    static let safeMargin = Length.mm(5).points()
    static let foldSafeMargin = Length.mm(8).points()

    let format: PrintFormat
    var trim: Size
    var columns: Int
    var gutter: Double
    var top: Double, right: Double, bottom: Double, left: Double
    var foldMargin: Double
    var keyMessages: FormatStyle.KeyMessagePlacement
    var back: [FormatStyle.BackPart]
    /// The cover panel's colour; nil: the page's.
    var coverBackground: Color?

    init(_ format: PrintFormat, style: StyleSheet) {
        let tuned = style.formats[format.name] ?? FormatStyle(), preset = format.preset, page = style.page
        self.format = format
        trim = format.trim ?? Size(width: page.width.points(), height: page.height.points())
        columns = tuned.columns ?? preset.columns ?? page.columns
        gutter = (tuned.gutter ?? preset.gutter ?? page.gutter).points()
        func margin(_ own: Length?, _ preset: Length?, _ page: Length) -> Double { max((own ?? preset ?? page).points(), Self.safeMargin) }
        top = margin(tuned.margins.top, preset.margins.top, page.marginTop)
        right = margin(tuned.margins.right, preset.margins.right, page.marginRight)
        bottom = margin(tuned.margins.bottom, preset.margins.bottom, page.marginBottom)
        left = margin(tuned.margins.left, preset.margins.left, page.marginLeft)
        foldMargin = max((tuned.foldMargin ?? preset.foldMargin ?? .mm(10)).points(), Self.foldSafeMargin)
        keyMessages = tuned.keyMessages ?? preset.keyMessages ?? .body
        back = tuned.back ?? preset.back ?? []
        coverBackground = switch tuned.coverBackground {
        case .page?: nil
        case .color(let color)?: color
        case nil: style.palette["accent"] ?? style.decorations.ruleColor
        }
    }

    /// The style with this format's page, which the page layout reads its geometry from.
    func pageStyle(_ style: StyleSheet) -> StyleSheet {
        var s = style
        s.page.width = .pt(trim.width)
        s.page.height = .pt(trim.height)
        (s.page.marginTop, s.page.marginRight, s.page.marginBottom, s.page.marginLeft) = (.pt(top), .pt(right), .pt(bottom), .pt(left))
        s.page.columns = columns
        s.page.gutter = .pt(gutter)
        return s
    }

    /// The article's body and what goes around it: the key messages (front matter, or a
    /// quote opening with "À retenir") stay in the body or move to the cover or the back.
    /// A first heading that repeats the title, and a last paragraph that repeats the
    /// disclaimer the back already holds, are left out, and said so in `parts.notes`.
    func parts(of document: Document, labels: Labels) -> (body: [Block], parts: LeafletParts) {
        var body = document.blocks
        var notes: [String] = [], omitted: [String] = []
        func same(_ a: String, _ b: String) -> Bool { WordPlacement.words(a) == WordPlacement.words(b) }
        if case .heading(_, let inlines)? = body.first, same(inlines.plainText, document.metadata.title) {
            omitted.append(body.removeFirst().plainText)
            notes.append("the article's first heading repeats its title: the title is set once")
        }
        if back.contains(.disclaimer), let last = body.last, case .paragraph = last, same(last.plainText, labels[.disclaimer]) {
            omitted.append(body.removeLast().plainText)
            notes.append("the article ends with the disclaimer the leaflet adds: it is set once")
        }
        var messages = KeyMessageRule.block(document.metadata.keyMessages, label: labels[.keyMessages]).map { [$0] } ?? []
        if keyMessages == .body {
            body = messages + body
            messages = []
        } else {
            messages += body.filter(Self.isKeyMessages)
            body.removeAll(where: Self.isKeyMessages)
        }
        var parts = LeafletParts(labels: labels, back: back)
        parts.notes = notes
        parts.omitted = omitted
        if keyMessages == .cover { parts.cover = messages } else { parts.backBlocks = messages }
        if case .pages(let maxPages) = format.kind { parts.maxPages = maxPages }
        return (body, parts)
    }

    private static func isKeyMessages(_ block: Block) -> Bool {
        if case .quote(let blocks) = block { KeyMessageRule.opens(blocks) } else { false }
    }

    /// A format of a fixed number of pages (DL, trifold), not as many as the text needs.
    var fixedSize: Bool {
        if case .pages(nil) = format.kind { false } else { true }
    }

    /// Where text may go on a page of a page format: inside the safe margin.
    var pageSafeArea: Rect {
        Rect(x: Self.safeMargin, y: Self.safeMargin, width: trim.width - 2 * Self.safeMargin, height: trim.height - 2 * Self.safeMargin)
    }
}
