import FeuilletStyle

extension StyleSheet {
    /// The sheet with its text `factor` times the size: font sizes, line heights, spaces,
    /// indents and letter spacing. Page geometry and boxes keep their size; the smallest
    /// share of its sizes (`page.minScale`) is what is left of the original sheet's.
    func scaled(by factor: Double) -> StyleSheet {
        var sheet = self
        sheet.roles = roles.mapValues { $0.scaled(by: factor) }
        sheet.page.minScale = min(1, page.minScale / factor)
        return sheet
    }
}

extension StyleSheet {
    /// The sheet with its lines `factor` times as far apart and the spaces between blocks
    /// `factor` times as large, font sizes kept (print checks want the body at 12 pt at least).
    func tightened(by factor: Double) -> StyleSheet {
        var sheet = self
        sheet.roles = roles.mapValues { $0.tightened(by: factor) }
        return sheet
    }
}

extension BlockSetter {
    /// The same setter with its text `factor` times the size.
    func scaled(by factor: Double) -> BlockSetter {
        BlockSetter(setter: setter, style: style.scaled(by: factor), pictures: pictures, figureHeight: figureHeight)
    }
}

extension TextStyle {
    func tightened(by factor: Double) -> TextStyle {
        var s = self
        switch lineHeight {
        case .factor(let f): s.lineHeight = .factor(f * factor)
        case .length(let l): s.lineHeight = .length(Length(l.value * factor, l.unit))
        }
        s.spaceBefore = Length(spaceBefore.value * factor, spaceBefore.unit)
        s.spaceAfter = Length(spaceAfter.value * factor, spaceAfter.unit)
        return s
    }

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
