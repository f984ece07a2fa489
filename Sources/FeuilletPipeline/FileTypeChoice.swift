import Foundation

extension FileType {
    /// A file a person named must be of the type it says: `--output a4.png` for a leaflet
    /// is one PNG per page, not a PDF named `.png`; cards are never PDF.
    public struct Mismatch: Error, CustomStringConvertible {
        public var description: String
    }

    /// The type a render writes: `requested` (`--type`), else what `output`'s extension
    /// names, else the target's own; refused when they disagree or the target has no such type.
    public static func choose(requested: FileType?, output: URL?, target: Target) throws -> FileType {
        let named = output.flatMap { FileType(rawValue: $0.pathExtension.lowercased()) }
        if let requested, let named, requested != named, output?.pathExtension.isEmpty == false {
            throw Mismatch(description: "--output \(output!.lastPathComponent) is a \(named.rawValue) file name, but --type is \(requested.rawValue)")
        }
        let type = requested ?? named ?? target.defaultType
        guard target.types.contains(type) else {
            throw Mismatch(description: "\(target.name) cannot be written as \(type.rawValue): use \(target.types.map(\.rawValue).joined(separator: " or "))")
        }
        return type
    }
}
