/// What a role looks like before the style sheet says anything: every role starts from
/// the resolved `body` and these changes, so a sheet only writes what makes it different.
enum RoleDefaults {
    static let body = TextStyle(family: "DejaVu Serif", size: 10.5, lineHeight: .factor(1.4), align: .justify, hyphenate: true)

    static func apply(to base: TextStyle, for role: Role) -> TextStyle {
        var s = base
        s.indent = .zero
        s.spaceBefore = .zero
        s.spaceAfter = .zero
        switch role {
        case .body, .listItem, .quote:
            break
        case .title:
            s.weight = 700; s.size = base.size * 2.2; s.lineHeight = .factor(1.15); s.align = .left; s.hyphenate = false
            s.spaceAfter = .pt(8)
        case .summary:
            s.size = base.size * 1.15; s.align = .left; s.hyphenate = false; s.spaceAfter = .pt(12)
        case .heading1, .heading2, .heading3:
            let scale = [Role.heading1: 1.6, .heading2: 1.3, .heading3: 1.1][role]!
            s.weight = 700; s.size = base.size * scale; s.lineHeight = .factor(1.2); s.align = .left; s.hyphenate = false
            s.spaceBefore = .pt(base.size); s.spaceAfter = .pt(base.size * 0.4); s.keepWithNext = true
        case .listMarker:
            s.align = .left; s.hyphenate = false
        case .keyMessage:
            s.align = .left
        case .tableHeader:
            s.weight = 700; s.align = .left; s.lineHeight = .factor(1.25)
        case .tableCell:
            // Cells are narrow: ragged and a little tighter. The table's space above and below is this role's.
            s.align = .left; s.lineHeight = .factor(1.25); s.spaceBefore = .pt(base.size * 0.6); s.spaceAfter = .pt(base.size * 0.8)
        case .footer:
            s.size = base.size * 0.8; s.lineHeight = .factor(1.3); s.align = .left; s.hyphenate = false
        case .caption:
            s.size = base.size * 0.85; s.lineHeight = .factor(1.3); s.align = .left; s.hyphenate = false
            s.spaceBefore = .pt(base.size * 0.4)
        case .cardTitle:
            s.weight = 700; s.size = 60; s.lineHeight = .factor(1.15); s.align = .left; s.hyphenate = false
            s.spaceAfter = Length(0.4, .em)
        case .cardBody:
            s.size = 30; s.lineHeight = .factor(1.35); s.align = .left; s.hyphenate = false
        case .cardFooter:
            s.size = 20; s.lineHeight = .factor(1.3); s.align = .left; s.hyphenate = false
        }
        return s
    }
}
