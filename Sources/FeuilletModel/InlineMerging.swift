extension Array where Element == Inline {
    /// Joins neighbouring `.text` runs into one, so a sentence split by the parser (at soft
    /// breaks, entities, escapes) compares equal to the same sentence written in one piece.
    func mergingAdjacentText() -> [Inline] {
        var merged: [Inline] = []
        for inline in self {
            if case .text(let next) = inline, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + next)
            } else {
                merged.append(inline)
            }
        }
        return merged
    }
}
