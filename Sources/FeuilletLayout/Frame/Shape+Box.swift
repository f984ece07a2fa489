import FeuilletStyle

extension Shape {
    /// A style's box over `rect`: its fill, and its border stroked inside the rectangle so
    /// the box keeps the size the text was measured for. Returns the shape and its origin.
    static func box(_ box: BoxStyle, in rect: Rect) -> (origin: Point, shape: Shape) {
        let border = box.border.points()
        let inner = Rect(x: rect.x + border / 2, y: rect.y + border / 2, width: rect.width - border, height: rect.height - border)
        let shape = Shape(.rectangle(Size(width: inner.width, height: inner.height), cornerRadius: max(0, box.radius.points() - border / 2)),
                          fill: box.fill, stroke: border > 0 ? box.borderColor : nil, lineWidth: border)
        return (Point(x: inner.x, y: inner.y), shape)
    }
}
