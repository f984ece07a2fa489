import Foundation

/// A distance as written in a style sheet. Absolute units resolve to points at load
/// time; `em` and `%` stay relative until layout knows the font size they refer to.
public struct Length: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable { case pt, mm, cm, `in`, px, em, percent = "%" }

    public var value: Double
    public var unit: Unit

    public init(_ value: Double, _ unit: Unit) {
        self.value = value
        self.unit = unit
    }

    public static func pt(_ v: Double) -> Length { Length(v, .pt) }
    public static func mm(_ v: Double) -> Length { Length(v, .mm) }
    public static func px(_ v: Double) -> Length { Length(v, .px) }
    public static let zero = Length(0, .pt)
    /// A CSS pixel (the unit of screens and social presets) in points.
    public static let pointsPerPixel = 0.75

    /// Points, with `em` and `%` taken relative to `reference` (a font size in points).
    /// A CSS pixel is 0.75 pt, so a 1080 px card is 810 pt and exports at 4/3 px per pt.
    public func points(relativeTo reference: Double = 0) -> Double {
        switch unit {
        case .pt: value
        case .mm: value * 72 / 25.4
        case .cm: value * 72 / 2.54
        case .in: value * 72
        case .px: value * Self.pointsPerPixel
        case .em: value * reference
        case .percent: value / 100 * reference
        }
    }

    public var isRelative: Bool { unit == .em || unit == .percent }

    public var description: String { StylePrinter.number(value) + unit.rawValue }

    /// Parses "10.5pt", "16mm", "-0.02em", "120%"; nil when the text is not a length.
    public init?(parsing text: String) {
        let s = text.trimmingCharacters(in: .whitespaces)
        guard let unit = Unit.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count })
            .first(where: { s.hasSuffix($0.rawValue) }),
            let value = Double(s.dropLast(unit.rawValue.count)), value.isFinite else { return nil }
        self.init(value, unit)
    }
}
