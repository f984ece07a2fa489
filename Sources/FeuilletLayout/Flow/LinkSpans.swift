extension FlowLine {
    /// True when the line has a link over part of its text.
    var hasLink: Bool { items.contains { if case .link = $0.item { true } else { false } } }

    /// The line's text in a `Span` element. Cairo gives marked content only to elements with
    /// no child element: a paragraph holding a Link would leave its own text untagged, so
    /// its lines go in Spans beside the Links.
    func spanned() -> FlowLine {
        var line = self
        line.items = items.flatMap { placed -> [(origin: Point, item: FrameItem)] in
            guard case .text = placed.item else { return [placed] }
            return [(placed.origin, .tag(.begin("Span"))), placed, (placed.origin, .tag(.end("Span")))]
        }
        return line
    }
}
