/// How a table's measure is shared between its columns, as CSS's automatic table layout
/// shares it (CSS 2.1 § 17.5.2.2, as WeasyPrint implements it). Each column has guesses of
/// its width, from the least it can take to what its text wants (its widest unbreakable
/// run, its widest cell on one line); the table takes the first guess whose sum reaches
/// the measure, and between that guess and the one before, every column gets the same
/// share of its room. A table whose text needs less than the measure still takes all of
/// it (a leaflet's tables line up with its text).
enum ColumnWidths {
    /// The columns' widths, adding up to `width`, from `guesses` (each a width per column,
    /// each guess at least the one before); nil when even the first adds up to more.
    static func share(_ guesses: [[Double]], width: Double) -> [Double]? {
        guard var lower = guesses.first, !lower.isEmpty, lower.reduce(0, +) <= width + 1e-6 else { return nil }
        for guess in guesses.dropFirst() {
            let upper = zip(lower, guess).map { max($0, $1) }
            let low = lower.reduce(0, +), high = upper.reduce(0, +)
            if high >= width {
                let ratio = high > low ? (width - low) / (high - low) : 0
                return zip(lower, upper).map { $0 + ($1 - $0) * ratio }
            }
            lower = upper
        }
        // As browsers do, in proportion to what each column's text wants: a column of
        // figures stays about as narrow as they are.
        let total = lower.reduce(0, +), room = width - total
        return lower.map { total > 0 ? $0 + room * $0 / total : width / Double(lower.count) }
    }
}
