/// Dates as a French reader writes them: `2026-11-26` → `26 novembre 2026` (`1er` for the first).
enum FrenchDate {
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                         "septembre", "octobre", "novembre", "décembre"]

    /// Anything but yyyy-mm-dd is given back as it is.
    static func long(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return iso }
        return "\(parts[2] == 1 ? "1er" : String(parts[2]))\u{00A0}\(months[parts[1] - 1])\u{00A0}\(parts[0])"
    }
}
