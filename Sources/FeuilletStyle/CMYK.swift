/// A colour as the four process inks print it, each from 0 to 100 %: what the press file
/// prints. A style gives one where a colour must print exactly so
/// (`color: { rgb: "#0b6e4f", cmyk: [90, 20, 75, 10] }`); else it is converted.
public struct CMYK: Sendable, Hashable, CustomStringConvertible {
    public var cyan: Double, magenta: Double, yellow: Double, black: Double

    public init(cyan: Double, magenta: Double, yellow: Double, black: Double) {
        self.cyan = cyan
        self.magenta = magenta
        self.yellow = yellow
        self.black = black
    }

    public static let range = 0.0...100.0

    public var inks: [Double] { [cyan, magenta, yellow, black] }

    /// Total area coverage: the four inks added up (print shops take at most 300 % on coated paper).
    public var coverage: Double { inks.reduce(0, +) }

    /// How many of the four inks it uses: small text in more than one blurs when the plates
    /// are not in perfect register.
    public var inkCount: Int { inks.filter { $0 > 0 }.count }

    /// Black ink only (or no ink at all): what black and grey text and rules print with.
    public var isBlackOnly: Bool { cyan == 0 && magenta == 0 && yellow == 0 }

    public var description: String {
        zip(["C", "M", "Y", "K"], inks).map { "\($0) \(Self.percent($1))" }.joined(separator: " ")
    }

    /// To a tenth, without a needless ".0".
    public static func percent(_ v: Double) -> String {
        let tenth = (v * 10).rounded() / 10
        return tenth == tenth.rounded() ? "\(Int(tenth))" : "\(tenth)"
    }
}
