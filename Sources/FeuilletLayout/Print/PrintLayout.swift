import FeuilletModel
import FeuilletStyle
import FeuilletTypesetting

/// An article as a print leaflet in one of the print formats: laid out in the format's
/// template as the style tunes it, set smaller step by step if asked to and needed, then
/// put on sheets with bleed and crop marks.
public struct PrintLayout {
    /// An article too long for a fixed-size format.
    public struct DoesNotFit: Error, CustomStringConvertible {
        public var format: String
        public var overflow: Overflow
        /// The smallest scale tried, when `--fit shrink` was.
        public var scale: Double?
        /// A format of fixed size (DL, trifold), which `--fit digest` can also serve.
        public var fixedSize = false

        public var description: String {
            let mm = Int((overflow.missing * 25.4 / 72).rounded(.up))
            let at = scale.map { " even at \(Int(($0 * 100).rounded())) %" } ?? ""
            let what = overflow.tooWide ? "is \(mm) mm wider than its column" : "needs \(mm) mm more"
            return "does not fit \(format)\(at): \(overflow.block) \(what)" + (scale != nil ? "" : fixedSize ? " (use --fit shrink or --fit digest)" : " (use --fit shrink)")
        }
    }

    /// Sizes go down by this much of the style's at each step of `--fit shrink`.
    static let step = 0.025

    public let engine: TextEngine
    public let hyphenator: Hyphenator?
    public let style: StyleSheet
    /// The pictures of the article's figures.
    public var pictures = Pictures()
    /// The fixed texts (`TypesetDocument.labels`); nil: the table of the document's language.
    public var labels: Labels?

    public init(engine: TextEngine, hyphenator: Hyphenator?, style: StyleSheet) {
        self.engine = engine
        self.hyphenator = hyphenator
        self.style = style
    }

    public func layout(_ document: Document, format: PrintFormat, options: PrintOptions = PrintOptions()) throws -> LayoutResult {
        let template = PrintTemplate(format, style: style)
        guard options.fit == .digest, template.fixedSize else { return try fitted(document, template: template, options: options) }
        // A digest rather than a body under the size print asks for: the whole article goes
        // only as small as that size, then the digest, and under it only if it must. A
        // table still goes down to `page.min-scale` on its own to fit its column.
        let readable = min(1, max(style.page.minScale, Preflight.minimumBodySize / style[.body].size))
        do {
            return try fitted(document, template: template, options: options, floor: readable)
        } catch let whole as DoesNotFit {
            return try digested(document, template: template, options: options, floors: [readable, style.page.minScale], whole: whole)
        }
    }

    /// The article's digest at the first of `floors` (the smallest scales of the text) where
    /// it fits: with all its parts, or, short of room, with as many as fit, the key messages
    /// first, then the paragraphs with a phone number, then the lists and tables in the
    /// article's order (a calendar's table first);
    /// whatever is left out is said in the warning.
    private func digested(_ document: Document, template: PrintTemplate, options: PrintOptions, floors: [Double],
                          whole: DoesNotFit) throws -> LayoutResult {
        let digest = ArticleDigest(document.blocks) { FrenchNormalizer.containsPhoneNumber($0.plainText) }
        let address = document.metadata.sourceURL
        let note = Block.paragraph([.emphasis([.text(labels(of: document).digest(online: address != nil))])])
        func attempt(_ parts: [[Block]], floor: Double) -> Result<LayoutResult, DoesNotFit> {
            var short = document
            short.blocks = parts.flatMap { $0 } + [note]
            return Result { () throws(DoesNotFit) in try fitted(short, template: template, options: options, floor: floor) }
        }
        for floor in floors {
            var kept = Array(digest.parts.indices), tooWide: [String] = []
            func parts(_ indices: [Int]) -> [[Block]] { indices.map { digest.parts[$0] } }
            var result = try? attempt(parts(kept), floor: floor).get()
            if result == nil {
                kept = []
                result = try? attempt([], floor: floor).get()
                guard result != nil else { continue }
                // The key messages first, then who to call, then the lists and tables in the article's order.
                let order = digest.parts.indices.filter { digest.isKeyMessage($0) } + digest.parts.indices.filter { digest.isContact($0) }
                    + digest.parts.indices.filter { !digest.isKeyMessage($0) && !digest.isContact($0) }
                for i in order {
                    switch attempt(parts((kept + [i]).sorted()), floor: floor) {
                    case .success(let fits): kept.append(i); result = fits
                    case .failure(let failed): if failed.overflow.tooWide { tooWide.append(failed.overflow.block) }
                    }
                }
            }
            guard var result else { continue }
            let left = digest.left + digest.parts.indices.filter { !kept.contains($0) }.flatMap { digest.parts[$0] }
            result.omitted += left.map(\.plainText)
            let missing = digest.parts.count - kept.count
            let wide = tooWide.isEmpty ? "" : "; \(tooWide.joined(separator: ", ")) too wide for \(template.format.name)"
            let dropped = missing > 0 ? " (and \(missing) of its \(digest.parts.count) lists, tables and phone numbers, for room\(wide))" : ""
            let online = address.map { "the QR code points to \($0)" } ?? "no source-url in the front matter, so nothing points to the full article"
            result.warnings.append("\(whole); set as a digest: \(ArticleDigest.counted(left)) left out\(dropped); \(online)")
            return result
        }
        throw whole
    }

    /// The article at 100 %, or as small as the fit and `style`'s `page.min-scale` allow,
    /// on the format's pages.
    private func fitted(_ document: Document, template: PrintTemplate, options: PrintOptions, floor: Double? = nil) throws(DoesNotFit) -> LayoutResult {
        let format = template.format
        let smallest = options.fit.shrinks ? floor ?? style.page.minScale : 1
        if let surely = surelyTooLong(document, template: template, scale: smallest) {
            throw DoesNotFit(format: format.name, overflow: surely, scale: options.fit.shrinks ? smallest : nil, fixedSize: template.fixedSize)
        }
        var overflow: Overflow?
        let memo = SetLinesMemo()
        for scale in scales(options.fit, floor: smallest) {
            var scaled = scale < 1 ? style.scaled(by: scale) : style
            // A table too wide for its column is set smaller on its own, as far as the fit allows.
            if options.fit == .none { scaled.page.minScale = 1 }
            var result = layout(document, template: template, style: scaled, memo: memo)
            if let found = result.overflow {
                overflow = found
                // The table was already tried at the smallest sizes the fit allows.
                if found.tooWide { break }
                continue
            }
            result = withoutRuntPage(result, document: document, template: template, style: scaled, memo: memo)
            result.scale = scale
            if scale < 1 { result.warnings.append("text set at \(Int((scale * 100).rounded())) % of the style's sizes to fit \(format.name)") }
            let sheet = PrintSheet(bleed: options.bleed, marks: options.marks)
            result.pages = result.pages.map { sheet.impose($0) }
            return result
        }
        throw DoesNotFit(format: format.name, overflow: overflow!, scale: options.fit.shrinks ? smallest : nil,
                         fixedSize: template.fixedSize)
    }

    /// Square ems a character takes at the least (a narrow face, lines set solid): no text
    /// packs tighter, so an article whose characters need more room than a fixed format has
    /// cannot fit, and is refused before anything is laid out (a 5 MB article on a trifold
    /// was laid out at every scale before being refused).
    static let leastArea = 0.25

    private func surelyTooLong(_ document: Document, template: PrintTemplate, scale: Double) -> Overflow? {
        let pages: Double
        switch template.format.kind {
        case .pages(let max?): pages = Double(max)
        case .pages(nil): return nil
        case .trifold: pages = 2
        }
        let characters = Double(([document.metadata.title, document.metadata.summary ?? ""] + document.blocks.map(\.plainText))
            .reduce(0) { $0 + $1.unicodeScalars.filter { !$0.properties.isWhitespace }.count })
        let size = style[.body].size * scale
        // Everything inside the margins of every side, generously: a lower bound of what is needed is compared with it.
        let room = pages * (template.trim.width - template.left - template.right) * (template.trim.height - template.top - template.bottom)
        let needed = characters * size * size * Self.leastArea
        guard needed > room else { return nil }
        let measure = template.trim.width - template.left - template.right
        return Overflow(block: "the article (\(Int(characters)) characters)", missing: (needed - room) / measure)
    }

    /// Lines and block spaces brought closer, by at most this much, to save a last page.
    static let tightening = [0.99, 0.98, 0.97, 0.96, 0.95]

    /// A last page holding only a few lines (the disclaimer alone on page 2) is not sent to a
    /// printer: the lines are brought slightly closer until they fit on one page fewer. Sizes
    /// stay, so nothing falls under the checks' minimum; if it cannot be saved, it stays.
    private func withoutRuntPage(_ result: LayoutResult, document: Document, template: PrintTemplate, style: StyleSheet,
                                 memo: SetLinesMemo) -> LayoutResult {
        guard case .pages = template.format.kind, result.pages.count > 1, let last = result.pages.last else { return result }
        // The footer is in the bottom margin: below the text area, not counted.
        let textBottom = last.size.height - template.pageStyle(style).page.marginBottom.points()
        var lines = 0
        last.frame.walk { origin, placed in
            if case .text = placed.item, origin.y < textBottom { lines += 1 }
        }
        guard lines <= Self.runtLines else { return result }
        for factor in Self.tightening {
            let tighter = layout(document, template: template, style: style.tightened(by: factor), memo: memo)
            if tighter.overflow == nil && tighter.pages.count < result.pages.count { return tighter }
        }
        return result
    }

    /// Text lines (besides the footer's) a last page may hold and still be saved.
    static let runtLines = 4

    private func labels(of document: Document) -> Labels { labels ?? Labels.of(document.metadata.lang) }

    /// 100 %, then (shrinking) down by steps to `floor`, which is always tried.
    private func scales(_ fit: PrintOptions.Fit, floor: Double) -> [Double] {
        guard fit.shrinks else { return [1] }
        let steps = Array(stride(from: 1.0, to: floor - 1e-9, by: -Self.step))
        return steps.last.map { abs($0 - floor) < 1e-9 } == true ? steps : steps + [floor]
    }

    private func layout(_ document: Document, template: PrintTemplate, style: StyleSheet, memo: SetLinesMemo) -> LayoutResult {
        let (body, parts) = template.parts(of: document, labels: labels(of: document))
        var result = layout(document, body: body, parts: parts, template: template, style: style, memo: memo)
        result.warnings += parts.notes
        result.omitted = parts.omitted
        return result
    }

    private func layout(_ document: Document, body: [Block], parts: LeafletParts, template: PrintTemplate, style: StyleSheet,
                        memo: SetLinesMemo) -> LayoutResult {
        switch template.format.kind {
        case .pages:
            let pageStyle = template.pageStyle(style)
            var leaflet = LeafletLayout(engine: engine, hyphenator: hyphenator, style: pageStyle)
            leaflet.pictures = pictures
            leaflet.parts = parts
            leaflet.memo = memo
            var result = leaflet.layout(Document(metadata: document.metadata, blocks: body))
            let safe = [template.pageSafeArea], trim = Rect(x: 0, y: 0, width: template.trim.width, height: template.trim.height)
            for i in result.pages.indices { result.pages[i].sheet = SheetGeometry(trim: trim, bleed: 0, safeAreas: safe) }
            return result
        case .trifold:
            var setter = BlockSetter(setter: ParagraphSetter(engine: engine, hyphenator: hyphenator,
                                                             maxConsecutiveHyphens: style.typography.maxConsecutiveHyphens), style: style)
            setter.pictures = pictures
            setter.figureHeight = (template.trim.height - template.top - template.bottom) * 0.6
            return TrifoldLayout(setter: setter, template: template).layout(document, body: body, parts: parts)
        }
    }
}
