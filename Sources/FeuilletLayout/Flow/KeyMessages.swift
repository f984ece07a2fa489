import FeuilletModel
import FeuilletStyle

/// The "À retenir" box of a leaflet (what goes in it: `KeyMessageRule`), set in the
/// `key-message` role inside the style's key-message box.
enum KeyMessages {

    /// The style's key-message box, or one filled with the palette's `box-fill` (else a
    /// pale tint of the accent) when the sheet draws none.
    static func box(_ style: StyleSheet) -> BoxStyle {
        if let box = style.decorations.boxes[.keyMessage] { return box }
        let accent = style.palette["accent"] ?? style.decorations.ruleColor
        let tint = Color(red: 1 - (1 - accent.red) * 0.12, green: 1 - (1 - accent.green) * 0.12, blue: 1 - (1 - accent.blue) * 0.12)
        return BoxStyle(fill: style.palette["box-fill"] ?? tint, borderColor: accent, padding: .pt(9))
    }
}

extension BlockSetter {
    /// The key messages in their box, which never splits: a `Div` element holding them.
    func keyMessageBox(_ blocks: [Block], x: Double, width: Double) -> [FlowLine] {
        let box = KeyMessages.box(style), inset = box.inset
        var set = blocks.flatMap { block in
            if case .paragraph(let inlines) = block {
                return paragraph(inlines, role: .keyMessage, x: x + inset, width: width - 2 * inset, tag: "P")
            }
            return lines(for: block, x: x + inset, width: width - 2 * inset)
        }
        guard !set.isEmpty else { return [] }
        set[0].opens.insert(.begin("Div"), at: 0)
        set[set.count - 1].closes.append(.end("Div"))
        // The space the last block keeps below itself stays below the box, at least a paragraph's.
        let last = style[blocks.last.map { if case .paragraph = $0 { Role.keyMessage } else { .listItem } } ?? .keyMessage]
        let trailing = last.spaceAfter.points(relativeTo: last.size), body = style[.body].spaceAfter.points(relativeTo: style[.body].size)
        set[0].spaceBefore = max(set[0].spaceBefore, body)
        var boxed = BoxedLines.wrap(set, in: box, x: x, width: width, spaceAfter: trailing)
        boxed[boxed.count - 1].height += max(0, body - trailing)
        boxed[boxed.count - 1].trailingSpace += max(0, body - trailing)
        return boxed
    }
}
