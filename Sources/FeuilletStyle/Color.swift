import Foundation

/// An sRGB colour with alpha, components 0…1.
public struct Color: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var red: Double, green: Double, blue: Double, alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)

    public var description: String {
        let parts = [red, green, blue] + (alpha < 1 ? [alpha] : [])
        return "#" + parts.map { String(format: "%02x", Int(($0 * 255).rounded())) }.joined()
    }

    /// Parses `#rgb`, `#rrggbb`, `#rrggbbaa` and `rgb(r, g, b)` / `rgba(r, g, b, a)`.
    public init?(parsing text: String) {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        if s.hasPrefix("#") {
            var hex = String(s.dropFirst())
            guard hex.allSatisfy(\.isHexDigit), [3, 6, 8].contains(hex.count) else { return nil }
            if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
            if hex.count == 6 { hex += "ff" }
            guard let v = UInt32(hex, radix: 16) else { return nil }
            func c(_ shift: UInt32) -> Double { Double((v >> shift) & 0xff) / 255 }
            self.init(red: c(24), green: c(16), blue: c(8), alpha: c(0))
            return
        }
        for prefix in ["rgba(", "rgb("] where s.hasPrefix(prefix) && s.hasSuffix(")") {
            let numbers = s.dropFirst(prefix.count).dropLast().split(separator: ",")
                .map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard numbers.count == 3 || numbers.count == 4, numbers.allSatisfy({ $0 != nil }) else { return nil }
            let n = numbers.map { $0! }
            guard n[0...2].allSatisfy({ (0...255).contains($0) }), (n.count == 3 || (0...1).contains(n[3])) else { return nil }
            self.init(red: n[0] / 255, green: n[1] / 255, blue: n[2] / 255, alpha: n.count == 4 ? n[3] : 1)
            return
        }
        return nil
    }

    /// WCAG 2 relative luminance, for contrast checks.
    public var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(red) + 0.7152 * lin(green) + 0.0722 * lin(blue)
    }

    /// WCAG 2 contrast ratio between two opaque colours (1…21).
    public func contrast(with other: Color) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
