import FeuilletStyle

extension StyleSheet {
    /// The sheet with its text `factor` times the size: font sizes, line heights, spaces,
    /// indents and letter spacing. Page geometry and boxes keep their size.
    func scaled(by factor: Double) -> StyleSheet {
        var sheet = self
        sheet.roles = roles.mapValues { $0.scaled(by: factor) }
        return sheet
    }
}

extension TextStyle {
    func scaled(by factor: Double) -> TextStyle {
        var s = self
        s.size *= factor
        if case .length(let l) = lineHeight { s.lineHeight = .length(l.scaled(by: factor)) }
        s.spaceBefore = spaceBefore.scaled(by: factor)
        s.spaceAfter = spaceAfter.scaled(by: factor)
        s.indent = indent.scaled(by: factor)
        s.letterSpacing = letterSpacing.scaled(by: factor)
        return s
    }
}

extension Length {
    /// em and % follow the font size by themselves; absolute lengths are multiplied.
    func scaled(by factor: Double) -> Length { isRelative ? self : Length(value * factor, unit) }
}
