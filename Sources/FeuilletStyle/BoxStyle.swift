/// A box around a block of text: fill, border, rounded corners and the room inside.
public struct BoxStyle: Sendable, Equatable {
    /// No fill leaves the background showing (a box drawn by its border only).
    public var fill: Color?
    /// Border thickness, drawn inside the box (zero: no border).
    public var border: Length
    public var borderColor: Color
    public var radius: Length
    /// Room between the border and the text, on every side.
    public var padding: Length

    public init(fill: Color? = nil, border: Length = .zero, borderColor: Color = .black,
                radius: Length = .zero, padding: Length = .pt(8)) {
        self.fill = fill
        self.border = border
        self.borderColor = borderColor
        self.radius = radius
        self.padding = padding
    }

    /// How far the text sits inside the box's edges, in points.
    public var inset: Double { border.points() + padding.points() }
}
