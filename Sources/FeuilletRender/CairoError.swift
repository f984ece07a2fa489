internal import CPangoCairo

/// A Cairo status other than success, with Cairo's own words for it.
public struct CairoError: Error, CustomStringConvertible {
    public let operation: String
    public let message: String

    init(_ status: cairo_status_t, _ operation: String) {
        self.operation = operation
        message = String(cString: cairo_status_to_string(status))
    }

    public var description: String { "cairo: \(operation) failed: \(message)" }

    static func check(_ status: cairo_status_t, _ operation: String) throws {
        if status != CAIRO_STATUS_SUCCESS { throw CairoError(status, operation) }
    }
}
