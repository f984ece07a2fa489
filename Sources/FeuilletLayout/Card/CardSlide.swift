import FeuilletModel
import FeuilletStyle

/// Draws one card in its layout: the card's colour or its photo (with a scrim computed for
/// its text), the band, the text block on the grid, the footer with the logo and the slide's
/// position along the text column's foot.
struct CardSlide {
    let style: StyleSheet
    let pictures: Pictures
    let engine: TextEngine
    let preset: CardPreset
    let labels: Labels

    /// The text block sits on a grid of this many rows over its area, at the optical centre
    /// (a little above the middle) rather than at the top.
    static let gridRows = 12.0
    static let opticalCentre = 0.42
    /// On tall presets: the share of the safe height the text block fills at least, and the
    /// lines of title and body it may take beyond the style's `card.max-lines`.
    static let tallFill = 0.45
    static let tallExtraLines = (title: 2, body: 4)
    static let tallFillScale = 2.5

    func page(_ spec: CardSpec, structure: inout StructureTree, warnings: inout [String]) throws -> Page {
        let size = preset.size, shape = preset.shape
        let pad = style.card.padding.points(), band = style.card.bandHeight.points()
        let setter = ParagraphSetter(engine: engine, hyphenator: nil, maxConsecutiveHyphens: 0)
        let fit = TextFit(setter: setter)
        let clear = clearOfSafeZone(size)
        let top = max(pad, band + pad * 0.5)
        var safe = inset(preset.textArea, top: top, side: pad, bottom: pad).intersection(clear)
        // The text column: on link previews, the central square a crop keeps.
        var column = inset(preset.keyArea, top: top, side: pad, bottom: pad).intersection(clear)

        var layout = spec.layout
        let photo: Image? = spec.photo.flatMap { if case .raster(let image)? = pictures[$0.file] { image } else { nil } }
        if photo == nil, layout == .photo || layout == .split { layout = .type }

        var base = Frame(size: size), content = Frame(size: size)
        base.add(.shape(Shape(.rectangle(size, cornerRadius: 0), fill: style.card.background)), at: .zero)
        var ground = style.card.background, photoRect: Rect?, panel: Rect?
        switch layout {
        case .photo:
            photoRect = Rect(x: 0, y: 0, width: size.width, height: size.height)
            ground = style.card.scrim
        case .split where preset.keyTextInCentralSquare:
            // A link preview keeps its central square: the photo on both sides of a panel there.
            photoRect = Rect(x: 0, y: 0, width: size.width, height: size.height)
            panel = Rect(x: preset.keyArea.x, y: 0, width: preset.keyArea.width, height: size.height)
        case .split where shape == .wide:
            let width = (size.width * style.card.split).rounded()
            photoRect = Rect(x: 0, y: 0, width: width, height: size.height)
            safe = Rect(x: width + pad, y: safe.y, width: safe.maxX - width - pad, height: safe.height)
            column = safe
        case .split:
            let height = (size.height * style.card.split).rounded()
            photoRect = Rect(x: 0, y: 0, width: size.width, height: height)
            let y = max(safe.y, height + band + pad * 0.75)
            safe = Rect(x: safe.x, y: y, width: safe.width, height: safe.maxY - y)
            column = Rect(x: column.x, y: y, width: column.width, height: column.maxY - y)
        default:
            break
        }
        if let photoRect, let photo, let figure = spec.photo {
            base.add(cover(photo, in: photoRect, focus: spec.focus), at: .zero)
            let enlargement = max(photoRect.width / Double(photo.shownWidth), photoRect.height / Double(photo.shownHeight)) / Length.pointsPerPixel
            if enlargement > 1.01 {
                warnings.append(String(format: "card %@: the photo \"%@\" (%d × %d px) is enlarged %.1f× to cover it and will look soft: use one of at least %d × %d px",
                                       spec.name, figure.source, photo.shownWidth, photo.shownHeight, enlargement,
                                       Int((Double(photo.shownWidth) * enlargement).rounded(.up)), Int((Double(photo.shownHeight) * enlargement).rounded(.up))))
            }
        }
        if let panel {
            base.add(.shape(Shape(.rectangle(Size(width: panel.width, height: panel.height), cornerRadius: 0), fill: style.card.background)),
                     at: Point(x: panel.x, y: panel.y))
        }
        // The accent band: along the top (of the panel), or along the seam of a split card.
        if band > 0 {
            let bandRect: Rect = switch (layout, photoRect) {
            case _ where panel != nil: Rect(x: panel!.x, y: 0, width: panel!.width, height: band)
            case (.split, let r?) where r.width < size.width: Rect(x: r.maxX, y: 0, width: band, height: size.height)
            case (.split, let r?): Rect(x: 0, y: r.maxY, width: size.width, height: band)
            default: Rect(x: 0, y: 0, width: size.width, height: band)
            }
            base.add(.shape(Shape(.rectangle(Size(width: bandRect.width, height: bandRect.height), cornerRadius: 0), fill: style.card.bandColor)),
                     at: Point(x: bandRect.x, y: bandRect.y))
        }

        // Over a photo, text in white or black, whichever reads on the scrim.
        let ink: Color? = layout == .photo ? (Color.white.contrast(with: ground) >= Color.black.contrast(with: ground) ? .white : .black) : nil
        var footerStyle = style[.cardFooter]
        if let ink { footerStyle.color = ink }
        let footerLeft = column.x, footerRight = column.maxX
        var textBottom = safe.maxY, left = footerLeft
        let logoWidth = min(style.logo?.cardWidth.points() ?? 0, column.width / 3)
        if !spec.closing, let mark = LogoMark(style: style, pictures: pictures).line(on: ground, width: logoWidth) {
            let top = safe.maxY - mark.height
            mark.place(in: &content, x: footerLeft, top: top, structure: &structure)
            left += logoWidth + footerStyle.size
            textBottom = top - footerStyle.leading
        }
        var footerLines: [Rect] = []
        if spec.footer != nil || spec.position != nil {
            textBottom = min(textBottom, safe.maxY - footerStyle.leading * 2)
            let y = safe.maxY - footerStyle.leading
            var right = footerRight
            if let position = spec.position {
                // Set flush left, then put at the right: a centred or right-aligned footer
                // style must not move it again (it went off the card).
                var positionStyle = footerStyle
                positionStyle.align = .left
                let line = setter.set(StyledText(position), style: positionStyle, width: column.width)
                right -= line.first?.line.width ?? 0
                footerLines += place(line, style: positionStyle, x: right, y: y, tag: "P", into: &content, structure: &structure)
                right -= footerStyle.size
            }
            if let footer = spec.footer, let f = fit.fit([TextFit.Box(text: StyledText([.text(footer)], transform: footerStyle.transform), style: footerStyle, maxLines: 1)],
                                                        in: Size(width: right - left, height: footerStyle.leading), minimumScale: 0.8, ellipsis: true)?.first {
                footerLines += place(f.lines, style: f.style, x: left, y: y, tag: "P", into: &content, structure: &structure)
            }
        }

        // The closing slide: the logo large, first in its block.
        var logoAbove: FlowLine?
        if spec.closing { logoAbove = LogoMark(style: style, pictures: pictures).line(on: ground, width: min(logoWidth * 1.6, column.width / 2)) }
        let logoRoom = logoAbove.map { $0.height + pad * 0.5 } ?? 0

        // A quote stands beside an accent bar.
        let bar = layout == .quote ? max(4, pad * 0.1) : 0
        let indent = bar > 0 ? bar + pad * 0.4 : 0
        var area = Rect(x: column.x + indent, y: column.y + logoRoom, width: column.width - indent, height: min(column.maxY, textBottom) - column.y - logoRoom)
        let accent = accentColor(on: ground, ink: ink)
        let boxes = spec.boxes.map { box -> TextFit.Box in
            var s = style[box.role]
            s.hyphenate = false
            if let ink { s.color = ink }
            switch box.part {
            case .figure: s.size *= 2.2; s.color = accent
            case .number: s.size *= 1.3; s.color = accent
            default: break
            }
            // Tall cards give the larger text the lines it needs.
            let more = shape == .tall ? (box.role == .cardTitle ? Self.tallExtraLines.title : Self.tallExtraLines.body) : 0
            let maxLines = box.part == .figure || box.part == .number ? 2 : (box.role == .cardTitle ? style.card.titleLines : style.card.bodyLines) + more
            return TextFit.Box(text: StyledText([.text(box.text)], transform: s.transform), style: s, maxLines: maxLines)
        }
        let maxScale = shape == .tall ? style.card.tallScale : 1
        guard area.height > 0, var fitted = fit.fit(boxes, in: Size(width: area.width, height: area.height),
                                                    minimumScale: style.card.minimumScale, maximumScale: maxScale, ellipsis: style.card.ellipsis) else {
            let longest = boxes.max { $0.text.string.count < $1.text.string.count }
            throw CardComposer.Failure.doesNotFit(card: spec.name, text: longest?.text.string ?? "", minimum: (longest?.style.size ?? 0) * style.card.minimumScale)
        }
        // A tall card's block fills at least `tallFill` of the height its layout gives text:
        // short text is set larger (the least scale up to `tallFillScale` that fills it),
        // then what is still short opens between its parts (never more than five of their lines).
        let target = min(area.height, safe.height * Self.tallFill)
        func height(_ f: [TextFit.Fitted]) -> Double { f.reduce(0) { $0 + $1.gap + $1.height } }
        if shape == .tall, height(fitted) < target {
            let areaSize = Size(width: area.width, height: area.height)
            func at(_ scale: Double) -> [TextFit.Fitted]? { fit.fit(boxes, in: areaSize, minimumScale: scale, maximumScale: scale, ellipsis: false) }
            if let largest = at(Self.tallFillScale), height(largest) <= target {
                fitted = largest
            } else {
                var (lo, hi) = (maxScale, Self.tallFillScale)
                for _ in 0..<8 {
                    let mid = (lo + hi) / 2
                    guard let f = at(mid) else { hi = mid; continue }
                    if height(f) >= target { fitted = f; hi = mid } else { lo = mid }
                }
            }
        }
        if shape == .tall, fitted.count > 1 {
            var short: Double = target - height(fitted)
            for n in fitted.indices.dropFirst() where short > 0 {
                let open: Double = min(short / Double(fitted.count - n), 5 * fitted[n].style.leading)
                fitted[n].gap += open
                short -= open
            }
        }
        let used = fitted.reduce(0) { $0 + $1.gap + $1.height }
        let free = max(0, area.height - used)
        var y: Double
        switch layout {
        case .photo: y = area.y + free  // at the foot, over the scrim
        default:
            let row = area.height / Self.gridRows
            y = area.y + (row > 0 ? (free * Self.opticalCentre / row).rounded(.down) * row : 0)
        }
        if let logoAbove {
            // Centred over centred text, else at the column's left.
            let centred = spec.boxes.first.map { style[$0.role].align == .center } ?? false
            logoAbove.place(in: &content, x: centred ? area.x + (area.width - min(logoWidth * 1.6, column.width / 2)) / 2 : area.x,
                            top: y - logoRoom, structure: &structure)
            area.y -= logoRoom
        }
        var block: Rect?
        for (n, f) in fitted.enumerated() {
            y += f.gap
            let tag = spec.boxes[n].part == .heading && n == spec.boxes.firstIndex { $0.part == .heading } && spec.boxes[n].role == .cardTitle ? "H1" : "P"
            for rect in place(f.lines, style: f.style, x: area.x, y: y, tag: tag, into: &content, structure: &structure) {
                block = block.map { union($0, rect) } ?? rect
            }
            y += f.height
        }
        if bar > 0, let block {
            base.add(.shape(Shape(.rectangle(Size(width: bar, height: block.height), cornerRadius: bar / 2), fill: accent)),
                     at: Point(x: column.x, y: block.y))
        }
        // The scrim: from a little above the text to the foot, as opaque as the text needs
        // against the photo's pixels under every line (and no more).
        if layout == .photo, let photo, let photoRect, let block, let ink {
            let scrimTop = max(0, block.y - pad * 0.75)
            let photoItem = coverRect(photo, in: photoRect, focus: spec.focus)
            let alpha = CardScrim.opacity(text: ink, scrim: style.card.scrim, photo: photo, at: photoItem,
                                          lines: contentLines(content) + footerLines)
            var scrim = style.card.scrim
            scrim.alpha = alpha
            base.add(.shape(Shape(.rectangle(Size(width: size.width, height: size.height - scrimTop), cornerRadius: 0), fill: scrim)),
                     at: Point(x: 0, y: scrimTop))
        }
        base.add(.group(content, clip: nil), at: .zero)
        var page = Page(size: size, frame: base)
        page.textBlock = block
        page.textArea = safe
        let photoWords = photoRect != nil ? spec.photo.map { $0.alt.isEmpty ? "" : " " + labels.photo($0.alt) } ?? "" : ""
        page.alt = spec.alt + photoWords
        return page
    }

    /// The photo as a group that covers `rect`, cut at its focal point.
    private func cover(_ image: Image, in rect: Rect, focus: ImageFocus) -> FrameItem {
        let drawn = coverRect(image, in: rect, focus: focus)
        var frame = Frame(size: preset.size)
        frame.add(.image(image, Size(width: drawn.width, height: drawn.height)), at: Point(x: drawn.x, y: drawn.y))
        return .group(frame, clip: rect)
    }

    /// Where the photo is drawn to cover `rect` with its proportions kept: the focal point
    /// placed as CSS's `object-position` places it.
    private func coverRect(_ image: Image, in rect: Rect, focus: ImageFocus) -> Rect {
        let scale = max(rect.width / Double(image.shownWidth), rect.height / Double(image.shownHeight))
        let w = Double(image.shownWidth) * scale, h = Double(image.shownHeight) * scale
        return Rect(x: rect.x + (rect.width - w) * focus.x, y: rect.y + (rect.height - h) * focus.y, width: w, height: h)
    }

    /// Figures and slide numbers in the style's band colour where it reads as large text on
    /// the ground (3:1), else in the title's colour.
    private func accentColor(on ground: Color, ink: Color?) -> Color {
        if let ink { return ink }
        return style.card.bandColor.contrast(with: ground) >= 3 ? style.card.bandColor : style[.cardTitle].color
    }

    private func contentLines(_ frame: Frame) -> [Rect] {
        var rects: [Rect] = []
        frame.walk { o, placed in
            if case .text(let line) = placed.item { rects.append(Rect(x: o.x, y: o.y - line.ascent, width: line.width, height: line.ascent + line.descent)) }
        }
        return rects
    }

    private func union(_ a: Rect, _ b: Rect) -> Rect {
        let x = min(a.x, b.x), y = min(a.y, b.y)
        return Rect(x: x, y: y, width: max(a.maxX, b.maxX) - x, height: max(a.maxY, b.maxY) - y)
    }

    /// The card less the strips the style keeps clear of text along its edges.
    private func clearOfSafeZone(_ size: Size) -> Rect {
        let zone = style.card.safeZone
        let (top, right, bottom, left) = (zone.top.points(), zone.right.points(), zone.bottom.points(), zone.left.points())
        return Rect(x: left, y: top, width: size.width - left - right, height: size.height - top - bottom)
    }

    private func inset(_ r: Rect, top: Double, side: Double, bottom: Double) -> Rect {
        Rect(x: r.x + side, y: r.y + top, width: r.width - 2 * side, height: r.height - top - bottom)
    }

    /// Places lines from `y` (the top of the first line's box); returns their boxes.
    @discardableResult
    private func place(_ lines: [SetLine], style s: TextStyle, x: Double, y: Double, tag: String, into frame: inout Frame,
                       structure: inout StructureTree) -> [Rect] {
        guard let first = lines.first else { return [] }
        structure.begin(tag)
        defer { structure.end(tag) }
        // Half the leading above each line, but never less than the glyphs' own ascent.
        let height = first.line.ascent + first.line.descent
        var baseline = y + max(0, height - s.leading) / 2 + (s.leading - height) / 2 + first.line.ascent
        var rects: [Rect] = []
        for line in lines {
            frame.add(.text(line.line), at: Point(x: x + line.x, y: baseline), structure: structure.content())
            rects.append(Rect(x: x + line.x, y: baseline - line.line.ascent, width: line.line.width, height: line.line.ascent + line.line.descent))
            baseline += s.leading
        }
        return rects
    }
}
