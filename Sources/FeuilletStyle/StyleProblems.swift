import FeuilletModel

/// Every problem found in one style sheet (and the sheets it extends): a person fixes them
/// all in one go instead of one run per error. A read that fails is noted here and gives
/// nothing, so decoding goes on with the value the sheet would otherwise have.
final class StyleProblems {
    /// Past this many, the rest are counted but not shown.
    static let limit = 20

    private var items: [Diagnostic] = []
    /// `palette` or `fonts` could not be read (a child sheet gave `palette:` no mapping): the
    /// names that would be looked up in it are not reported again, at every use.
    var paletteUnread = false
    var fontsUnread = false

    /// Notes a problem; throws once there are more than the limit, to stop early.
    func add(_ problem: Diagnostic) throws {
        items.append(problem)
        if items.count > Self.limit { throw report() }
    }

    /// Throws what was found, if anything.
    func check() throws {
        if !items.isEmpty { throw report() }
    }

    /// One problem as itself; several as `Diagnostics`, in file order, the last line saying
    /// where the ones not shown begin.
    private func report() -> any Error {
        if items.count == 1 { return items[0] }
        let sorted = items.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
        guard sorted.count > Self.limit else { return Diagnostics(sorted) }
        var more = sorted[Self.limit]
        more.message = "more problems from here on; only the first \(Self.limit) are shown"
        return Diagnostics(Array(sorted.prefix(Self.limit)) + [more])
    }
}
