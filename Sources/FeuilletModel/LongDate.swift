/// A yyyy-mm-dd date written out in full, as each language's reader writes it.
struct LongDate {
    let year: Int, month: Int, day: Int

    init?(_ iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        (year, month, day) = (parts[0], parts[1], parts[2])
    }

    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                               "septembre", "octobre", "novembre", "décembre"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]

    /// `26 novembre 2026`, `1er mars 2026`, with no-break spaces: a date is never cut.
    var french: String { "\(day == 1 ? "1er" : String(day))\u{00A0}\(Self.frenchMonths[month - 1])\u{00A0}\(year)" }
    /// `26 November 2026`.
    var english: String { "\(day)\u{00A0}\(Self.englishMonths[month - 1])\u{00A0}\(year)" }
}
