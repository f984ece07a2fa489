import Foundation

/// A PDF's objects as `qpdf --json-output` reads them (stream data left out): what tests
/// read the structure tree, the output intent and the document information from.
public struct PDFObjects {
    public let objects: [String: Any]

    public init(_ url: URL) throws {
        let json = try Support.tool(["qpdf", "--json-output", "--json-stream-data=none", url.path, "-"]).output
        guard let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let objects = (root["qpdf"] as? [Any])?.last as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
        self.objects = objects
    }

    public init(objects: [String: Any]) { self.objects = objects }

    /// The dictionary `ref` is: itself when direct, the object a reference ("5 0 R") names,
    /// or a stream's dictionary; empty for anything else.
    public func dictionary(_ ref: Any?) -> [String: Any] {
        if let direct = ref as? [String: Any] { return direct }
        guard let name = ref as? String, let object = objects["obj:" + name] as? [String: Any] else { return [:] }
        return object["value"] as? [String: Any] ?? (object["stream"] as? [String: Any])?["dict"] as? [String: Any] ?? [:]
    }

    /// True when `ref` names a stream.
    public func isStream(_ ref: Any?) -> Bool {
        (ref as? String).flatMap { objects["obj:" + $0] as? [String: Any] }?["stream"] != nil
    }

    public var trailer: [String: Any] { (objects["trailer"] as? [String: Any])?["value"] as? [String: Any] ?? [:] }
    public var catalog: [String: Any] { dictionary(trailer["/Root"]) }
    public var info: [String: Any] { dictionary(trailer["/Info"]) }
}
