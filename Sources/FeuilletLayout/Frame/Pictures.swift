/// The pictures a document shows (its figures' files, decoded), by file path: what the
/// pipeline reads before layout, so that layout never reads a file.
public struct Pictures: Sendable {
    public var byFile: [String: Picture]

    public init(_ byFile: [String: Picture] = [:]) { self.byFile = byFile }

    public subscript(file: String?) -> Picture? { file.flatMap { byFile[$0] } }
}
