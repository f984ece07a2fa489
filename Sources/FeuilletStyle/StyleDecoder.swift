import FeuilletModel

/// Turns a (merged) YAML tree into a typed, fully resolved `StyleSheet`. Every value is
/// checked against its range (`StyleRanges`); all problems are reported together.
struct StyleDecoder {
    /// Families the font library has; nil skips the check (tests of the loader alone).
    var knownFamilies: Set<String>?

    static let topKeys = ["extends", "description", "fonts", "palette", "page", "card", "roles", "decorations", "typography", "formats", "logo", "labels"]
    static let roleKeys = ["family", "weight", "italic", "emphasis", "size", "line-height", "letter-spacing", "features", "color",
                           "align", "hyphenate", "space-before", "space-after", "indent", "transform", "keep-with-next"]
    static let pageSizes: [String: (Length, Length)] = ["a4": (.mm(210), .mm(297)), "a5": (.mm(148), .mm(210)), "dl": (.mm(99), .mm(210))]

    func decode(_ root: YAMLValue, name: String) throws -> StyleSheet {
        let problems = StyleProblems()
        let top = try Fields(root, path: "", allowed: Self.topKeys, problems: problems)
        let fontAliases = try decodeFonts(top)
        let palette = try decodePalette(top)
        let roles = try decodeRoles(top, palette: palette, fonts: fontAliases)
        var page = try decodePage(top, palette: palette)
        page.press.inks = try Fields.inks(in: root, palette: palette)
        let sheet = StyleSheet(
            name: name,
            description: try top.string("description") ?? "",
            palette: palette,
            page: page,
            card: try decodeCard(top, palette: palette),
            roles: roles,
            decorations: try decodeDecorations(top, palette: palette, cellSize: roles[.tableCell]!.size),
            typography: try decodeTypography(top),
            formats: try decodeFormats(top, palette: palette),
            logo: try decodeLogo(top),
            labels: try decodeLabels(top))
        try problems.check()
        return sheet
    }

    /// Names for families; a name whose family is not in Fonts/ is kept (and reported once,
    /// here), so the roles using it do not repeat the error.
    private func decodeFonts(_ top: Fields) throws -> [String: String] {
        guard let v = top["fonts"] else { return [:] }
        guard case .mapping(let pairs) = v.kind else {
            top.problems.fontsUnread = true
            return try top.fail(v, "fonts: expected a mapping of names to font families") ?? [:]
        }
        var aliases: [String: String] = [:]
        for pair in pairs {
            guard case .scalar(let family) = pair.value.kind else {
                try top.problems.add(pair.value.error("fonts.\(pair.key): expected a family name"))
                continue
            }
            try checkFamily(family, at: pair.value, path: "fonts.\(pair.key)", problems: top.problems)
            aliases[pair.key] = family
        }
        return aliases
    }

    private func checkFamily(_ family: String, at v: YAMLValue, path: String, problems: StyleProblems) throws {
        guard let known = knownFamilies, !known.contains(family) else { return }
        let names = known.sorted()
        try problems.add(v.error("\(path): font family \"\(family)\" is not in Fonts/\(Suggestion.hint(for: family, in: names)) (available: \(names.joined(separator: ", ")))"))
    }

    /// A palette entry that is not a colour is reported and still named (black), so the
    /// values that use it are not reported again.
    private func decodePalette(_ top: Fields) throws -> [String: Color] {
        guard let v = top["palette"] else { return [:] }
        guard case .mapping(let pairs) = v.kind else {
            top.problems.paletteUnread = true
            return try top.fail(v, "palette: expected a mapping of names to colours") ?? [:]
        }
        let f = try Fields(v, path: "palette", allowed: pairs.map(\.key), problems: top.problems)
        var palette: [String: Color] = [:]
        for key in f.keys { palette[key] = try f.color(key, palette: [:]) ?? .black }
        return palette
    }

    private func decodeRoles(_ top: Fields, palette: [String: Color], fonts: [String: String]) throws -> [Role: TextStyle] {
        let roles = try top.fields("roles", allowed: Role.allCases.map(\.rawValue))
        var body = RoleDefaults.body
        body.color = palette["text"] ?? .black
        var bodySize = ReferenceSize(points: body.size)
        if let f = try roles?.fields("body", allowed: Self.roleKeys) {
            (body, bodySize) = try decodeRole(.body, f, over: body, bodySize: bodySize, palette: palette, fonts: fonts)
        }
        var resolved: [Role: TextStyle] = [.body: body]
        for role in Role.allCases where role != .body {
            var base = RoleDefaults.apply(to: body, for: role)
            if role == .footer || role == .cardFooter, let muted = palette["muted"] { base.color = muted }
            if let f = try roles?.fields(role.rawValue, allowed: Self.roleKeys) {
                resolved[role] = try decodeRole(role, f, over: base, bodySize: bodySize, palette: palette, fonts: fonts).style
            } else {
                resolved[role] = base
            }
        }
        return resolved
    }

    /// `em` and `%` in a role's size are relative to the body size, as the reference says;
    /// in its other lengths, to the role's own size (returned, with the key that set it).
    private func decodeRole(_ role: Role, _ f: Fields, over base: TextStyle, bodySize: ReferenceSize, palette: [String: Color],
                            fonts: [String: String]) throws -> (style: TextStyle, size: ReferenceSize) {
        var s = base
        if let family = try f.string("family") {
            s.family = fonts[family] ?? family
            if fonts[family] == nil && !f.problems.fontsUnread { try checkFamily(family, at: f["family"]!, path: f.keyPath("family"), problems: f.problems) }
        }
        if let w = try f.string("weight") {
            switch w {
            case "normal", "regular": s.weight = 400
            case "bold": s.weight = 700
            default: s.weight = try f.int("weight", in: StyleRanges.weight) ?? s.weight
            }
        }
        s.italic = try f.bool("italic") ?? s.italic
        s.emphasis = try f.choice("emphasis", TextStyle.Emphasis.self) ?? s.emphasis
        var size = ReferenceSize(points: s.size)
        if let length = try f.length("size", in: StyleRanges.size(role), relativeTo: bodySize) {
            s.size = length.points(relativeTo: bodySize.points)
            size = ReferenceSize(points: s.size, setBy: (f["size"]!, f.keyPath("size")))
        }
        let range = StyleRanges.lineHeight
        if let lh = f["line-height"], case .scalar(let text) = lh.kind, let factor = Double(text) {
            if range.contains(Length(factor, .em), reference: 1) {
                s.lineHeight = .factor(factor)
            } else {
                try f.problems.add(lh.error("\(f.keyPath("line-height")): \"\(text)\" must be from \(StylePrinter.number(range.lower.value)) to "
                                            + "\(StylePrinter.number(range.upper.value)) (times the size)"))
            }
        } else if let lh = try f.length("line-height", in: range, relativeTo: size) {
            s.lineHeight = .length(lh)
        } else if f["line-height"] == nil, let setter = size.setBy, case .length(let inherited) = s.lineHeight,
                  !range.contains(inherited, reference: s.size) {
            // A new size under a line height inherited as a length: the lines would overlap or drift apart.
            try f.problems.add(setter.node.error(Fields.outOfRange(at: setter.path, "the line height \(inherited) it inherits", inherited,
                                                                   in: range, reference: s.size)))
        }
        s.letterSpacing = try f.length("letter-spacing", in: StyleRanges.letterSpacing, relativeTo: size) ?? s.letterSpacing
        if let features = try f.string("features") {
            if let problem = FontFeatures.problem(in: features) {
                try f.problems.add(f["features"]!.error("\(f.keyPath("features")): \(problem)"))
            } else {
                s.features = features
            }
        }
        s.color = try f.color("color", palette: palette) ?? s.color
        s.align = try f.choice("align", TextStyle.Alignment.self) ?? s.align
        s.hyphenate = try f.bool("hyphenate") ?? s.hyphenate
        s.spaceBefore = try f.length("space-before", in: StyleRanges.space, relativeTo: size) ?? s.spaceBefore
        s.spaceAfter = try f.length("space-after", in: StyleRanges.space, relativeTo: size) ?? s.spaceAfter
        s.indent = try f.length("indent", in: StyleRanges.indent, relativeTo: size) ?? s.indent
        s.transform = try f.choice("transform", TextStyle.Transform.self) ?? s.transform
        s.keepWithNext = try f.bool("keep-with-next") ?? s.keepWithNext
        return (s, size)
    }

    private func decodePage(_ top: Fields, palette: [String: Color]) throws -> PageStyle {
        var p = PageStyle(background: palette["background"] ?? .white)
        guard let f = try top.fields("page", allowed: ["size", "margins", "columns", "gutter", "bleed", "press", "background", "min-scale"]) else { return p }
        if let v = f["size"] {
            switch v.kind {
            case .scalar(let s):
                if let size = Self.pageSizes[s.lowercased()] {
                    (p.width, p.height) = size
                } else {
                    try f.problems.add(v.error("page.size: \"\(s)\" is not a known size (a4, a5, dl) or a pair [width, height]\(Suggestion.hint(for: s, in: Self.pageSizes.keys.sorted()))"))
                }
            case .sequence(let items) where items.count == 2:
                p.width = try f.length(of: items[0], path: "page.size[0]", in: StyleRanges.pageSide) ?? p.width
                p.height = try f.length(of: items[1], path: "page.size[1]", in: StyleRanges.pageSide) ?? p.height
            default:
                try f.problems.add(v.error("page.size: expected a4, a5, dl or [width, height]"))
            }
        }
        if let m = try f.fields("margins", allowed: ["top", "right", "bottom", "left"]) {
            p.marginTop = try m.length("top", in: StyleRanges.margin) ?? p.marginTop
            p.marginRight = try m.length("right", in: StyleRanges.margin) ?? p.marginRight
            p.marginBottom = try m.length("bottom", in: StyleRanges.margin) ?? p.marginBottom
            p.marginLeft = try m.length("left", in: StyleRanges.margin) ?? p.marginLeft
        }
        p.columns = try f.int("columns", in: StyleRanges.columns) ?? p.columns
        p.gutter = try f.length("gutter", in: StyleRanges.gutter) ?? p.gutter
        try checkTextArea(p, f)
        p.bleed = try f.length("bleed", in: StyleRanges.bleed) ?? p.bleed
        p.press = try f.fields("press", allowed: PressStyle.keys).map(PressStyle.init) ?? p.press
        p.background = try f.color("background", palette: palette) ?? p.background
        p.minScale = try decodeMinScale(f, range: StyleRanges.pageMinScale) ?? p.minScale
        return p
    }

    /// Margins wider than the page would set the text a letter per line over thousands of
    /// pages; margins taller than it, a line per page.
    private func checkTextArea(_ p: PageStyle, _ f: Fields) throws {
        let columns = Double(p.columns)
        let column = (p.width.points() - p.marginLeft.points() - p.marginRight.points() - p.gutter.points() * (columns - 1)) / columns
        func mm(_ points: Double) -> Int { Int((points * 25.4 / 72).rounded()) }
        // Reported at a key of the sheet being loaded when it set one (a parent's margins
        // become too wide under the child's page size).
        func culprit(_ keys: [String]) -> YAMLValue? {
            let nodes = keys.compactMap { f[$0] }
            return nodes.first { $0.at.file == f.value.at.file } ?? nodes.first
        }
        if column < StyleRanges.minimumColumn.points(), let node = culprit(["margins", "columns", "gutter", "size"]) {
            try f.problems.add(node.error("page: margins, gutter and \(p.columns) column(s) leave \(mm(column)) mm per column; at least \(mm(StyleRanges.minimumColumn.points())) mm needed"))
        }
        let height = p.height.points() - p.marginTop.points() - p.marginBottom.points()
        if height < StyleRanges.minimumTextHeight.points(), let node = culprit(["margins", "size"]) {
            try f.problems.add(node.error("page: the top and bottom margins leave \(mm(height)) mm of height; at least \(mm(StyleRanges.minimumTextHeight.points())) mm needed"))
        }
    }

    private func decodeCard(_ top: Fields, palette: [String: Color]) throws -> CardStyle {
        var c = CardStyle(background: palette["card-background"] ?? palette["background"] ?? .white,
                          bandColor: palette["accent"] ?? .black)
        guard let f = try top.fields("card", allowed: ["padding", "safe-zone", "background", "band-height", "band-color",
                                                        "min-scale", "max-lines", "ellipsis", "layouts", "scrim", "tall-scale", "split"]) else { return c }
        c.scrim = try f.color("scrim", palette: palette) ?? c.scrim
        c.tallScale = try percentage(f, "tall-scale", in: StyleRanges.cardTallScale) ?? c.tallScale
        c.split = try percentage(f, "split", in: StyleRanges.cardSplit) ?? c.split
        if let kinds = try f.fields("layouts", allowed: CardLayouts.defaults.keys.sorted()) {
            for kind in kinds.keys {
                guard let v = kinds[kind] else { continue }
                var layouts = c.layouts[kind] ?? CardLayouts(.type)
                if case .scalar = v.kind {
                    if let one = try kinds.choice(kind, CardLayout.self) { layouts = CardLayouts(one) }
                } else if let shapes = try kinds.fields(kind, allowed: CardLayouts.Shape.allCases.map(\.rawValue)) {
                    for shape in CardLayouts.Shape.allCases { layouts[shape] = try shapes.choice(shape.rawValue, CardLayout.self) ?? layouts[shape] }
                }
                c.layouts[kind] = layouts
            }
        }
        c.padding = try f.length("padding", in: StyleRanges.cardPadding) ?? c.padding
        c.safeZone = try decodeInsets(f, "safe-zone", in: StyleRanges.safeZone) ?? c.safeZone
        c.background = try f.color("background", palette: palette) ?? c.background
        c.bandHeight = try f.length("band-height", in: StyleRanges.bandHeight) ?? c.bandHeight
        c.bandColor = try f.color("band-color", palette: palette) ?? c.bandColor
        c.minimumScale = try decodeMinScale(f, range: StyleRanges.cardMinScale) ?? c.minimumScale
        if let lines = try f.fields("max-lines", allowed: ["title", "body"]) {
            c.titleLines = try lines.int("title", in: StyleRanges.titleLines) ?? c.titleLines
            c.bodyLines = try lines.int("body", in: StyleRanges.bodyLines) ?? c.bodyLines
        }
        c.ellipsis = try f.bool("ellipsis") ?? c.ellipsis
        return c
    }

    /// A percentage within `range` (of 100), as a share.
    private func percentage(_ f: Fields, _ key: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let s = try f.string(key) else { return nil }
        guard let length = Length(parsing: s), length.unit == .percent, range.contains(length.value) else {
            return try f.fail(f[key]!, "\(f.keyPath(key)): \"\(s)\" must be a percentage from \(Int(range.lowerBound))% to \(Int(range.upperBound))%")
        }
        return length.value / 100
    }

    /// One length for every edge, or a mapping of `top`, `right`, `bottom`, `left` (missing ones zero).
    private func decodeInsets(_ f: Fields, _ key: String, in range: LengthRange) throws -> Insets? {
        guard let v = f[key] else { return nil }
        if case .scalar = v.kind { return try f.length(key, in: range).map { Insets(all: $0) } }
        guard let edges = try f.fields(key, allowed: ["top", "right", "bottom", "left"]) else { return nil }
        return Insets(top: try edges.length("top", in: range) ?? .zero, right: try edges.length("right", in: range) ?? .zero,
                      bottom: try edges.length("bottom", in: range) ?? .zero, left: try edges.length("left", in: range) ?? .zero)
    }

    /// `cellSize`: the `table-cell` role's, which a table's padding in em is measured by.
    private func decodeDecorations(_ top: Fields, palette: [String: Color], cellSize: Double) throws -> Decorations {
        let accent = palette["accent"] ?? palette["text"] ?? .black
        var d = Decorations(ruleColor: accent, table: try decodeTable(nil, palette: palette, ruleColor: accent, cellSize: cellSize))
        guard let f = try top.fields("decorations", allowed: ["bullet", "title-rule", "footer-rule", "rule-color",
                                                              "title-band", "boxes", "qr-code", "table"]) else { return d }
        d.qrCode = try f.bool("qr-code") ?? d.qrCode
        if let bullet = try f.string("bullet") {
            let range = StyleRanges.bullet
            if bullet.isEmpty {
                try f.problems.add(f["bullet"]!.error("decorations.bullet: must not be empty"))
            } else if !range.contains(bullet.count) {
                try f.problems.add(f["bullet"]!.error("decorations.bullet: \"\(bullet)\" must be \(range.lowerBound) to \(range.upperBound) characters"))
            } else {
                d.bullet = bullet
            }
        }
        d.titleRuleWidth = try f.length("title-rule", in: StyleRanges.rule) ?? d.titleRuleWidth
        d.footerRuleWidth = try f.length("footer-rule", in: StyleRanges.rule) ?? d.footerRuleWidth
        d.ruleColor = try f.color("rule-color", palette: palette) ?? d.ruleColor
        d.table = try decodeTable(try f.fields("table", allowed: Self.tableKeys), palette: palette, ruleColor: d.ruleColor, cellSize: cellSize)
        if let band = try f.fields("title-band", allowed: ["color", "padding"]) {
            var titleBand = TitleBand(color: try band.color("color", palette: palette) ?? accent)
            titleBand.padding = try band.length("padding", in: StyleRanges.titleBandPadding) ?? titleBand.padding
            d.titleBand = titleBand
        }
        if let boxes = try f.fields("boxes", allowed: Decorations.boxRoles.map(\.rawValue)) {
            for key in boxes.keys {
                guard let role = Role(rawValue: key), let box = try boxes.fields(key, allowed: Self.boxKeys) else { continue }
                d.boxes[role] = try decodeBox(box, palette: palette, accent: accent)
            }
        }
        return d
    }

    static let boxKeys = ["fill", "border", "border-color", "radius", "padding"]

    /// A box; its fill defaults to the palette's `box-fill`, and `fill: none` draws none.
    private func decodeBox(_ f: Fields, palette: [String: Color], accent: Color) throws -> BoxStyle {
        var b = BoxStyle(fill: palette["box-fill"], borderColor: accent)
        if try f.string("fill") == "none" { b.fill = nil } else { b.fill = try f.color("fill", palette: palette) ?? b.fill }
        b.border = try f.length("border", in: StyleRanges.border) ?? b.border
        b.borderColor = try f.color("border-color", palette: palette) ?? b.borderColor
        b.radius = try f.length("radius", in: StyleRanges.radius) ?? b.radius
        b.padding = try f.length("padding", in: StyleRanges.boxPadding) ?? b.padding
        return b
    }

    private func decodeTypography(_ top: Fields) throws -> TypographySettings {
        var t = TypographySettings()
        guard let f = try top.fields("typography", allowed: ["french-spacing", "max-consecutive-hyphens"]) else { return t }
        t.frenchSpacing = try f.bool("french-spacing") ?? t.frenchSpacing
        t.maxConsecutiveHyphens = try f.int("max-consecutive-hyphens", in: StyleRanges.maxConsecutiveHyphens) ?? t.maxConsecutiveHyphens
        return t
    }
}
