import FeuilletModel
import Foundation

/// A resolved style sheet written out as YAML, every key in the order of the reference,
/// with `extends`, font names and palette names already applied, so a person sees what a
/// sheet really sets (`feuillet styles show`). Loading the text again gives the same sheet.
public enum StylePrinter {
    /// `folder`: the sheet's own, which its logo's files are printed relative to.
    public static func yaml(_ sheet: StyleSheet, folder: URL? = nil) -> String {
        let inks = sheet.page.press.inks
        func color(_ c: Color) -> String { Self.color(c, inks) }
        var out = ["# \(sheet.name), resolved: extends, font names and palette names applied; role sizes in pt",
                   "description: \(quoted(sheet.description))"]
        if !sheet.palette.isEmpty {
            out.append("palette:")
            out += sheet.palette.keys.sorted().map { "  \($0): \(color(sheet.palette[$0]!))" }
        }
        let p = sheet.page
        out += ["page:",
                "  size: [\(length(p.width)), \(length(p.height))]",
                "  margins: { top: \(length(p.marginTop)), right: \(length(p.marginRight)), bottom: \(length(p.marginBottom)), left: \(length(p.marginLeft)) }",
                "  columns: \(p.columns)",
                "  gutter: \(length(p.gutter))",
                "  bleed: \(length(p.bleed))",
                "  press: { marks: \(p.press.marks) }",
                "  background: \(color(p.background))",
                "  min-scale: \(number(p.minScale * 100))%"]
        let c = sheet.card
        let z = c.safeZone
        out += ["card:",
                "  padding: \(length(c.padding))",
                "  safe-zone: { top: \(length(z.top)), right: \(length(z.right)), bottom: \(length(z.bottom)), left: \(length(z.left)) }",
                "  background: \(color(c.background))",
                "  band-height: \(length(c.bandHeight))",
                "  band-color: \(color(c.bandColor))",
                "  min-scale: \(number(c.minimumScale * 100))%",
                "  max-lines: { title: \(c.titleLines), body: \(c.bodyLines) }",
                "  ellipsis: \(c.ellipsis)",
                "  scrim: \(color(c.scrim))",
                "  tall-scale: \(number(c.tallScale * 100))%",
                "  split: \(number(c.split * 100))%",
                "  layouts:"]
        out += c.layouts.keys.sorted().map { kind in
            let l = c.layouts[kind]!
            return "    \(kind): { square: \(l.square.rawValue), tall: \(l.tall.rawValue), wide: \(l.wide.rawValue) }"
        }
        let d = sheet.decorations
        out += ["decorations:",
                "  bullet: \(quoted(d.bullet))",
                "  title-rule: \(length(d.titleRuleWidth))",
                "  footer-rule: \(length(d.footerRuleWidth))",
                "  rule-color: \(color(d.ruleColor))",
                "  qr-code: \(d.qrCode)"]
        if let band = d.titleBand { out.append("  title-band: { color: \(color(band.color)), padding: \(length(band.padding)) }") }
        let boxed = Decorations.boxRoles.filter { d.boxes[$0] != nil }
        if !boxed.isEmpty {
            out.append("  boxes:")
            for role in boxed {
                let b = d.boxes[role]!
                out.append("    \(role.rawValue): { fill: \(b.fill.map(color) ?? "none"), border: \(length(b.border)), "
                           + "border-color: \(color(b.borderColor)), radius: \(length(b.radius)), padding: \(length(b.padding)) }")
            }
        }
        let t = d.table
        out.append("  table: { rule: \(length(t.rule)), rule-color: \(color(t.ruleColor)), row-rule: \(length(t.rowRule)), "
                   + "row-rule-color: \(color(t.rowRuleColor)), header-fill: \(t.headerFill.map(color) ?? "none"), "
                   + "band-fill: \(t.bandFill.map(color) ?? "none"), cell-padding: \(length(t.cellPadding)), row-padding: \(length(t.rowPadding)) }")
        out += ["typography:",
                "  french-spacing: \(sheet.typography.frenchSpacing)",
                "  max-consecutive-hyphens: \(sheet.typography.maxConsecutiveHyphens)"]
        out += formats(sheet.formats)
        if let logo = sheet.logo {
            // Relative to the sheet where they are beside it, as a sheet names them.
            func path(_ file: String) -> String {
                guard let folder, file.hasPrefix(folder.standardizedFileURL.resolvingSymlinksInPath().path + "/") else { return quoted(file) }
                return quoted(String(file.dropFirst(folder.standardizedFileURL.resolvingSymlinksInPath().path.count + 1)))
            }
            out += ["logo:", "  file: \(path(logo.file))"] + (logo.dark.map { ["  dark: \(path($0))"] } ?? [])
                + ["  width: \(length(logo.width))", "  card-width: \(length(logo.cardWidth))", "  alt: \(quoted(logo.alt))"]
        }
        // Every language's fixed texts, the sheet's own in place of Feuillet's.
        out += ["labels:"]
        for language in Labels.languages {
            let labels = Labels.tables[language]!.replacing(sheet.labels[language] ?? [:])
            out += ["  \(language):"] + Label.styleLabels.map { "    \($0.rawValue): \(quoted(labels[$0]))" }
        }
        out += ["roles:"]
        for role in Role.allCases { out += ["  \(role.rawValue):"] + self.role(sheet[role], inks).map { "    " + $0 } }
        return out.joined(separator: "\n") + "\n"
    }

    private static func role(_ s: TextStyle, _ inks: [Color: CMYK]) -> [String] {
        let lineHeight = switch s.lineHeight {
        case .factor(let f): number(f)
        case .length(let l): length(l)
        }
        return ["family: \(quoted(s.family))",
                "weight: \(s.weight)",
                "italic: \(s.italic)",
                "emphasis: \(s.emphasis.rawValue)",
                "size: \(number(s.size))pt",
                "line-height: \(lineHeight)",
                "letter-spacing: \(length(s.letterSpacing))",
                "features: \(quoted(s.features))",
                "color: \(color(s.color, inks))",
                "align: \(s.align.rawValue)",
                "hyphenate: \(s.hyphenate)",
                "space-before: \(length(s.spaceBefore))",
                "space-after: \(length(s.spaceAfter))",
                "indent: \(length(s.indent))",
                "transform: \(s.transform.rawValue)",
                "keep-with-next: \(s.keepWithNext)"]
    }

    /// At most three decimals: sizes made from `em` or `px` are long fractions of a point.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    private static func length(_ l: Length) -> String { number(l.value) + l.unit.rawValue }

    /// A colour, with its inks when the sheet gives it some.
    private static func color(_ c: Color, _ inks: [Color: CMYK]) -> String {
        guard let own = inks[c] else { return quoted(c.description) }
        return "{ rgb: \(quoted(c.description)), cmyk: [\(own.inks.map(number).joined(separator: ", "))] }"
    }

    private static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
