import FeuilletModel
import FeuilletStyle

/// Social-media cards from an article: each text box is fitted (largest size that fits,
/// balanced lines), text stays inside the preset's safe area, and a card that cannot hold
/// its text fails with the card and the text named.
public struct CardComposer {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case doesNotFit(card: String, text: String, minimum: Double)
        case nothingToShow(card: String, hint: String)
        public var description: String {
            switch self {
            case .doesNotFit(let card, let text, let minimum):
                "card \(card): \"\(text.count > 60 ? text.prefix(57) + "…" : Substring(text))\" does not fit even at \(Int((minimum / Length.pointsPerPixel).rounded())) px, the style's smallest size (shorten it, or allow `ellipsis` in the style)"
            case .nothingToShow(let card, let hint): "card \(card): nothing to show (\(hint))"
            }
        }
    }

    public let engine: TextEngine
    public let style: StyleSheet
    /// The style's logo, decoded (the pipeline reads it).
    public var pictures = Pictures()
    /// The fixed texts (`TypesetDocument.labels`); nil: the table of the document's language.
    public var labels: Labels?

    public init(engine: TextEngine, style: StyleSheet) {
        self.engine = engine
        self.style = style
    }

    /// The pages of one kind of card (several for a carousel, all of the preset's size).
    public func cards(_ kind: CardKind, for document: Document, preset: CardPreset) throws -> [Page] {
        try layout(kind, for: document, preset: preset).pages
    }

    /// The cards of one kind with their structure (the slides of a carousel read in turn).
    public func layout(_ kind: CardKind, for document: Document, preset: CardPreset) throws -> LayoutResult {
        var structure = StructureTree()
        let pages = try cards(kind, for: document, preset: preset, structure: &structure)
        return LayoutResult(pages: pages, structure: structure, warnings: [])
    }

    private func cards(_ kind: CardKind, for document: Document, preset: CardPreset, structure: inout StructureTree) throws -> [Page] {
        let labels = labels ?? Labels.of(document.metadata.lang)
        let content = CardContent(document, labels: labels)
        let name = "\(kind.rawValue)-\(preset.name)"
        switch kind {
        case .title:
            return [try slide(name, preset: preset, texts: [(content.title, .cardTitle), (content.summary, .cardBody)],
                              footer: content.source, structure: &structure)]
        case .key:
            guard let message = content.keyMessage else {
                throw Failure.nothingToShow(card: name, hint: "add `highlight:` or `key-messages:` to the front matter, or a block quote starting with \"\(labels[.keyMessages])\"")
            }
            return [try slide(name, preset: preset, texts: [(labels[.keyMessages], .cardFooter), (message, Self.role(for: message))],
                              footer: content.source, centred: true, structure: &structure)]
        case .quote:
            guard let quote = content.quote else { throw Failure.nothingToShow(card: name, hint: "add `quote:` to the front matter") }
            return [try slide(name, preset: preset, texts: [(labels.quotation(quote), Self.role(for: quote))],
                              footer: content.source, centred: true, structure: &structure)]
        case .carousel:
            guard !content.items.isEmpty else { throw Failure.nothingToShow(card: name, hint: "the article has no list of two items or more") }
            let count = content.items.count + 2
            var slides = [try slide("\(name)-01", preset: preset, texts: [(content.title, .cardTitle), (content.summary, .cardBody)],
                                    footer: content.source, position: labels.page(1, of: count), structure: &structure)]
            for (n, item) in content.items.enumerated() {
                slides.append(try slide("\(name)-\(String(format: "%02d", n + 2))", preset: preset,
                                        texts: [(item.term, Self.role(for: item.term)), (item.description, .cardBody)],
                                        footer: content.title, position: labels.page(n + 2, of: count), centred: true, structure: &structure))
            }
            slides.append(try slide("\(name)-\(String(format: "%02d", count))", preset: preset,
                                    texts: [(content.source ?? content.title, .cardBody), (labels[.disclaimer], .cardBody)],
                                    footer: nil, position: labels.page(count, of: count), centred: true, structure: &structure))
            return slides
        }
    }

    /// One card: background, band, text boxes stacked in the key area, footer line at the
    /// bottom of the safe area with the slide position at its right.
    private func slide(_ name: String, preset: CardPreset, texts: [(String?, Role)], footer: String?,
                       position: String? = nil, centred: Bool = false, structure: inout StructureTree) throws -> Page {
        let size = preset.size
        let pad = style.card.padding.points(), band = style.card.bandHeight.points()
        var frame = Frame(size: size)
        frame.add(.shape(Shape(.rectangle(size, cornerRadius: 0), fill: style.card.background)), at: .zero)
        if band > 0 {
            frame.add(.shape(Shape(.rectangle(Size(width: size.width, height: band), cornerRadius: 0), fill: style.card.bandColor)), at: .zero)
        }
        let setter = ParagraphSetter(engine: engine, hyphenator: nil, maxConsecutiveHyphens: 0)
        let fit = TextFit(setter: setter)
        let clear = clearOfSafeZone(size)
        let safe = inset(preset.textArea, top: max(pad, band + pad * 0.5), side: pad, bottom: pad).intersection(clear)
        let key = inset(preset.keyArea, top: max(pad, band + pad * 0.5), side: pad, bottom: pad).intersection(clear)

        // The logo at the foot, left, inside the safe area: the footer line goes beside it.
        let footerStyle = style[.cardFooter]
        var textBottom = safe.maxY, footerLeft = safe.x
        if let logo = style.logo, let mark = LogoMark(style: style, pictures: pictures)
            .line(on: style.card.background, width: min(logo.cardWidth.points(), safe.width / 3)) {
            let top = safe.maxY - mark.height
            mark.place(in: &frame, x: safe.x, top: top, structure: &structure)
            footerLeft += min(logo.cardWidth.points(), safe.width / 3) + footerStyle.size
            textBottom = top - footerStyle.leading
        }
        // The footer line first: the text boxes get what is left above it.
        if footer != nil || position != nil {
            textBottom = min(textBottom, safe.maxY - footerStyle.leading * 2)
            let y = safe.maxY - footerStyle.leading
            var right = safe.maxX
            if let position {
                // Set flush left, then put at the right: a centred or right-aligned footer
                // style must not move it again (it went off the card).
                var positionStyle = footerStyle
                positionStyle.align = .left
                let line = setter.set(StyledText(position), style: positionStyle, width: safe.width)
                right -= line.first?.line.width ?? 0
                place(line, style: positionStyle, x: right, y: y, tag: "P", into: &frame, structure: &structure)
                right -= footerStyle.size
            }
            if let footer, let f = fit.fit([TextFit.Box(text: StyledText([.text(footer)], transform: footerStyle.transform), style: footerStyle, maxLines: 1)],
                                           in: Size(width: right - footerLeft, height: footerStyle.leading), minimumScale: 0.8, ellipsis: true)?.first {
                place(f.lines, style: f.style, x: footerLeft, y: y, tag: "P", into: &frame, structure: &structure)
            }
        }

        // The text boxes share one scale, the largest at which they all fit above the footer.
        let area = Rect(x: key.x, y: key.y, width: key.width, height: min(key.maxY, textBottom) - key.y)
        let boxes = texts.compactMap { text, role -> TextFit.Box? in
            guard let text, !text.isEmpty else { return nil }
            var s = style[role]
            s.hyphenate = false
            let maxLines = role == .cardTitle ? style.card.titleLines : style.card.bodyLines
            return TextFit.Box(text: StyledText([.text(text)], transform: s.transform), style: s, maxLines: maxLines)
        }
        guard let fitted = fit.fit(boxes, in: Size(width: area.width, height: area.height),
                                   minimumScale: style.card.minimumScale, ellipsis: style.card.ellipsis) else {
            let longest = boxes.max { $0.text.string.count < $1.text.string.count }
            throw Failure.doesNotFit(card: name, text: longest?.text.string ?? "", minimum: (longest?.style.size ?? 0) * style.card.minimumScale)
        }
        let used = fitted.reduce(0) { $0 + $1.gap + $1.height }
        var y = area.y + (centred ? max(0, (area.height - used) / 2) : 0)
        for (n, f) in fitted.enumerated() {
            y += f.gap
            place(f.lines, style: f.style, x: area.x, y: y, tag: n == 0 && texts.first?.1 == .cardTitle ? "H1" : "P", into: &frame,
                  structure: &structure)
            y += f.height
        }
        return Page(size: size, frame: frame)
    }

    /// Long text reads better at body size than as a giant title.
    static func role(for text: String) -> Role { text.count > 100 ? .cardBody : .cardTitle }

    /// The card less the strips the style keeps clear of text along its edges.
    private func clearOfSafeZone(_ size: Size) -> Rect {
        let zone = style.card.safeZone
        let (top, right, bottom, left) = (zone.top.points(), zone.right.points(), zone.bottom.points(), zone.left.points())
        return Rect(x: left, y: top, width: size.width - left - right, height: size.height - top - bottom)
    }

    private func inset(_ r: Rect, top: Double, side: Double, bottom: Double) -> Rect {
        Rect(x: r.x + side, y: r.y + top, width: r.width - 2 * side, height: r.height - top - bottom)
    }

    private func place(_ lines: [SetLine], style s: TextStyle, x: Double, y: Double, tag: String, into frame: inout Frame,
                       structure: inout StructureTree) {
        guard let first = lines.first else { return }
        structure.begin(tag)
        defer { structure.end(tag) }
        // Half the leading above each line, but never less than the glyphs' own ascent.
        let height = first.line.ascent + first.line.descent
        var baseline = y + max(0, height - s.leading) / 2 + (s.leading - height) / 2 + first.line.ascent
        for line in lines {
            frame.add(.text(line.line), at: Point(x: x + line.x, y: baseline), structure: structure.content())
            baseline += s.leading
        }
    }
}
