import FeuilletStyle

/// The style's logo as a leaflet or a card places it: the variant that reads on the
/// background under it, at a width, its proportions kept, in a `Figure` element with the
/// logo's description.
struct LogoMark {
    let style: StyleSheet
    let pictures: Pictures

    /// The logo's line at `width` points on `background`; nil when the style has none.
    func line(on background: Color, width: Double) -> FlowLine? {
        guard let logo = style.logo, let picture = pictures[logo.file(on: background)] else { return nil }
        let size = Size(width: width, height: width / picture.aspect)
        var line = FlowLine(height: size.height, items: [(.zero, picture.item(size))])
        line.opens = [.begin("Figure", alt: logo.alt)]
        line.closes = [.end("Figure")]
        return line
    }

    /// Its size at `width` points, if the style has one.
    func size(width: Double) -> Size? {
        guard let logo = style.logo, let picture = pictures[logo.file] else { return nil }
        return Size(width: width, height: width / picture.aspect)
    }
}
