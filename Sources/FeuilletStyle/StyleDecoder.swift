import FeuilletModel

/// Turns a (merged) YAML tree into a typed, fully resolved `StyleSheet`.
struct StyleDecoder {
    /// Families the font library has; nil skips the check (tests of the loader alone).
    var knownFamilies: Set<String>?

    static let topKeys = ["extends", "description", "fonts", "palette", "page", "card", "roles", "decorations", "typography", "formats"]
    static let roleKeys = ["family", "weight", "italic", "size", "line-height", "letter-spacing", "features", "color",
                           "align", "hyphenate", "space-before", "space-after", "indent", "transform", "keep-with-next"]
    static let pageSizes: [String: (Length, Length)] = ["a4": (.mm(210), .mm(297)), "a5": (.mm(148), .mm(210)), "dl": (.mm(99), .mm(210))]

    func decode(_ root: YAMLValue, name: String) throws -> StyleSheet {
        let top = try Fields(root, path: "", allowed: Self.topKeys)
        let fontAliases = try decodeFonts(top)
        let palette = try decodePalette(top)
        let roles = try decodeRoles(top, palette: palette, fonts: fontAliases)
        var page = try decodePage(top, palette: palette)
        page.press.inks = try Fields.inks(in: root, palette: palette)
        return StyleSheet(
            name: name,
            description: try top.string("description") ?? "",
            palette: palette,
            page: page,
            card: try decodeCard(top, palette: palette),
            roles: roles,
            decorations: try decodeDecorations(top, palette: palette),
            typography: try decodeTypography(top),
            formats: try decodeFormats(top, palette: palette))
    }

    private func decodeFonts(_ top: Fields) throws -> [String: String] {
        guard let v = top["fonts"] else { return [:] }
        guard case .mapping(let pairs) = v.kind else { throw v.error("fonts: expected a mapping of names to font families") }
        var aliases: [String: String] = [:]
        for pair in pairs {
            guard case .scalar(let family) = pair.value.kind else { throw pair.value.error("fonts.\(pair.key): expected a family name") }
            try checkFamily(family, at: pair.value, path: "fonts.\(pair.key)")
            aliases[pair.key] = family
        }
        return aliases
    }

    private func checkFamily(_ family: String, at v: YAMLValue, path: String) throws {
        guard let known = knownFamilies, !known.contains(family) else { return }
        let names = known.sorted()
        throw v.error("\(path): font family \"\(family)\" is not in Fonts/\(Suggestion.hint(for: family, in: names)) (available: \(names.joined(separator: ", ")))")
    }

    private func decodePalette(_ top: Fields) throws -> [String: Color] {
        guard let v = top["palette"] else { return [:] }
        guard case .mapping(let pairs) = v.kind else { throw v.error("palette: expected a mapping of names to colours") }
        var palette: [String: Color] = [:]
        for pair in pairs {
            let f = try Fields(v, path: "palette", allowed: pairs.map(\.key))
            palette[pair.key] = try f.color(pair.key, palette: [:])
        }
        return palette
    }

    private func decodeRoles(_ top: Fields, palette: [String: Color], fonts: [String: String]) throws -> [Role: TextStyle] {
        let roles = try top.fields("roles", allowed: Role.allCases.map(\.rawValue))
        var body = RoleDefaults.body
        body.color = palette["text"] ?? .black
        if let f = try roles?.fields("body", allowed: Self.roleKeys) {
            body = try decodeRole(f, over: body, bodySize: body.size, palette: palette, fonts: fonts)
        }
        var resolved: [Role: TextStyle] = [.body: body]
        for role in Role.allCases where role != .body {
            var base = RoleDefaults.apply(to: body, for: role)
            if role == .footer || role == .cardFooter, let muted = palette["muted"] { base.color = muted }
            if let f = try roles?.fields(role.rawValue, allowed: Self.roleKeys) {
                resolved[role] = try decodeRole(f, over: base, bodySize: body.size, palette: palette, fonts: fonts)
            } else {
                resolved[role] = base
            }
        }
        return resolved
    }

    /// `em` and `%` in a role's size are relative to the body size, as the reference says.
    private func decodeRole(_ f: Fields, over base: TextStyle, bodySize: Double, palette: [String: Color], fonts: [String: String]) throws -> TextStyle {
        var s = base
        if let family = try f.string("family") {
            s.family = fonts[family] ?? family
            try checkFamily(s.family, at: f["family"]!, path: f.keyPath("family"))
        }
        if let w = try f.string("weight") {
            switch w {
            case "normal", "regular": s.weight = 400
            case "bold": s.weight = 700
            default: s.weight = try f.int("weight", in: 100...900) ?? 400
            }
        }
        s.italic = try f.bool("italic") ?? s.italic
        if let size = try f.length("size", positive: true) { s.size = size.points(relativeTo: bodySize) }
        if let lh = f["line-height"], case .scalar(let text) = lh.kind, let factor = Double(text) {
            guard factor > 0 else { throw lh.error("\(f.keyPath("line-height")): \"\(text)\" must be greater than zero") }
            s.lineHeight = .factor(factor)
        } else if let lh = try f.length("line-height", positive: true) {
            s.lineHeight = .length(lh)
        }
        s.letterSpacing = try f.length("letter-spacing", allowNegative: true) ?? s.letterSpacing
        s.features = try f.string("features") ?? s.features
        s.color = try f.color("color", palette: palette) ?? s.color
        s.align = try f.choice("align", TextStyle.Alignment.self) ?? s.align
        s.hyphenate = try f.bool("hyphenate") ?? s.hyphenate
        s.spaceBefore = try f.length("space-before") ?? s.spaceBefore
        s.spaceAfter = try f.length("space-after") ?? s.spaceAfter
        s.indent = try f.length("indent") ?? s.indent
        s.transform = try f.choice("transform", TextStyle.Transform.self) ?? s.transform
        s.keepWithNext = try f.bool("keep-with-next") ?? s.keepWithNext
        return s
    }

    /// The narrowest column a page may have: about twelve letters of 10 pt text.
    static let minimumColumn = Length.mm(25)

    private func decodePage(_ top: Fields, palette: [String: Color]) throws -> PageStyle {
        var p = PageStyle(background: palette["background"] ?? .white)
        guard let f = try top.fields("page", allowed: ["size", "margins", "columns", "gutter", "bleed", "press", "background", "min-scale"]) else { return p }
        if let v = f["size"] {
            switch v.kind {
            case .scalar(let s):
                guard let size = Self.pageSizes[s.lowercased()] else {
                    throw v.error("page.size: \"\(s)\" is not a known size (a4, a5, dl) or a pair [width, height]\(Suggestion.hint(for: s, in: Self.pageSizes.keys.sorted()))")
                }
                (p.width, p.height) = size
            case .sequence(let items) where items.count == 2:
                p.width = try Fields.length(items[0], path: "page.size[0]", positive: true, relative: false)
                p.height = try Fields.length(items[1], path: "page.size[1]", positive: true, relative: false)
            default:
                throw v.error("page.size: expected a4, a5, dl or [width, height]")
            }
        }
        if let m = try f.fields("margins", allowed: ["top", "right", "bottom", "left"]) {
            p.marginTop = try m.length("top", relative: false) ?? p.marginTop
            p.marginRight = try m.length("right", relative: false) ?? p.marginRight
            p.marginBottom = try m.length("bottom", relative: false) ?? p.marginBottom
            p.marginLeft = try m.length("left", relative: false) ?? p.marginLeft
        }
        p.columns = try f.int("columns", in: 1...4) ?? p.columns
        p.gutter = try f.length("gutter", relative: false) ?? p.gutter
        // Margins wider than the page would set the text a letter per line over thousands of pages.
        let column = (p.width.points() - p.marginLeft.points() - p.marginRight.points() - p.gutter.points() * Double(p.columns - 1)) / Double(p.columns)
        if column < Self.minimumColumn.points(), let node = f["margins"] ?? f["columns"] ?? f["gutter"] ?? f["size"] {
            throw node.error("page: margins, gutter and \(p.columns) column(s) leave \(Int((column * 25.4 / 72).rounded())) mm per column; at least \(Int(Self.minimumColumn.points() * 25.4 / 72)) mm needed")
        }
        p.bleed = try f.length("bleed", relative: false) ?? p.bleed
        p.press = try f.fields("press", allowed: PressStyle.keys).map(PressStyle.init) ?? p.press
        p.background = try f.color("background", palette: palette) ?? p.background
        p.minScale = try decodeMinScale(f) ?? p.minScale
        return p
    }

    private func decodeCard(_ top: Fields, palette: [String: Color]) throws -> CardStyle {
        var c = CardStyle(background: palette["card-background"] ?? palette["background"] ?? .white,
                          bandColor: palette["accent"] ?? .black)
        guard let f = try top.fields("card", allowed: ["padding", "safe-zone", "background", "band-height", "band-color",
                                                        "min-scale", "max-lines", "ellipsis"]) else { return c }
        c.padding = try f.length("padding", relative: false) ?? c.padding
        c.safeZone = try decodeInsets(f, "safe-zone") ?? c.safeZone
        c.background = try f.color("background", palette: palette) ?? c.background
        c.bandHeight = try f.length("band-height", relative: false) ?? c.bandHeight
        c.bandColor = try f.color("band-color", palette: palette) ?? c.bandColor
        c.minimumScale = try decodeMinScale(f, range: 30...100) ?? c.minimumScale
        if let lines = try f.fields("max-lines", allowed: ["title", "body"]) {
            c.titleLines = try lines.int("title", in: 1...12) ?? c.titleLines
            c.bodyLines = try lines.int("body", in: 1...30) ?? c.bodyLines
        }
        c.ellipsis = try f.bool("ellipsis") ?? c.ellipsis
        return c
    }

    /// One length for every edge, or a mapping of `top`, `right`, `bottom`, `left` (missing ones zero).
    private func decodeInsets(_ f: Fields, _ key: String) throws -> Insets? {
        guard let v = f[key] else { return nil }
        if case .scalar = v.kind { return Insets(all: try Fields.length(v, path: f.keyPath(key), relative: false)) }
        let edges = try Fields(v, path: f.keyPath(key), allowed: ["top", "right", "bottom", "left"])
        return Insets(top: try edges.length("top", relative: false) ?? .zero, right: try edges.length("right", relative: false) ?? .zero,
                      bottom: try edges.length("bottom", relative: false) ?? .zero, left: try edges.length("left", relative: false) ?? .zero)
    }

    private func decodeDecorations(_ top: Fields, palette: [String: Color]) throws -> Decorations {
        let accent = palette["accent"] ?? palette["text"] ?? .black
        var d = Decorations(ruleColor: accent)
        guard let f = try top.fields("decorations", allowed: ["bullet", "title-rule", "footer-rule", "rule-color",
                                                              "title-band", "boxes"]) else { return d }
        if let bullet = try f.string("bullet") {
            guard !bullet.isEmpty else { throw f["bullet"]!.error("decorations.bullet: must not be empty") }
            d.bullet = bullet
        }
        d.titleRuleWidth = try f.length("title-rule", relative: false) ?? d.titleRuleWidth
        d.footerRuleWidth = try f.length("footer-rule", relative: false) ?? d.footerRuleWidth
        d.ruleColor = try f.color("rule-color", palette: palette) ?? d.ruleColor
        if let band = try f.fields("title-band", allowed: ["color", "padding"]) {
            var titleBand = TitleBand(color: try band.color("color", palette: palette) ?? accent)
            titleBand.padding = try band.length("padding", relative: false) ?? titleBand.padding
            d.titleBand = titleBand
        }
        if let boxes = try f.fields("boxes", allowed: Decorations.boxRoles.map(\.rawValue)) {
            for key in boxes.keys {
                d.boxes[Role(rawValue: key)!] = try decodeBox(try boxes.fields(key, allowed: Self.boxKeys)!, palette: palette, accent: accent)
            }
        }
        return d
    }

    static let boxKeys = ["fill", "border", "border-color", "radius", "padding"]

    /// A box; its fill defaults to the palette's `box-fill`, and `fill: none` draws none.
    private func decodeBox(_ f: Fields, palette: [String: Color], accent: Color) throws -> BoxStyle {
        var b = BoxStyle(fill: palette["box-fill"], borderColor: accent)
        if try f.string("fill") == "none" { b.fill = nil } else { b.fill = try f.color("fill", palette: palette) ?? b.fill }
        b.border = try f.length("border", relative: false) ?? b.border
        b.borderColor = try f.color("border-color", palette: palette) ?? b.borderColor
        b.radius = try f.length("radius", relative: false) ?? b.radius
        b.padding = try f.length("padding", relative: false) ?? b.padding
        return b
    }

    private func decodeTypography(_ top: Fields) throws -> TypographySettings {
        var t = TypographySettings()
        guard let f = try top.fields("typography", allowed: ["french-spacing", "max-consecutive-hyphens"]) else { return t }
        t.frenchSpacing = try f.bool("french-spacing") ?? t.frenchSpacing
        t.maxConsecutiveHyphens = try f.int("max-consecutive-hyphens", in: 1...3) ?? t.maxConsecutiveHyphens
        return t
    }
}
