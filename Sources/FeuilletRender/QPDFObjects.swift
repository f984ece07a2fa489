import Foundation

/// The objects of a PDF as qpdf JSON version 2 gives them (`"obj:12 0 R": {"value": …}`),
/// with the reads and writes the print step needs. Changed objects are kept apart, to be
/// given back to `QPDFDocument.update(json:)`, which replaces those objects and no others.
struct QPDFObjects {
    private var objects: [String: Any]
    private var changed: [String: Any] = [:]

    init(json: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: json) as? [String: Any],
              let parts = root["qpdf"] as? [Any], parts.count == 2, let objects = parts[1] as? [String: Any] else {
            throw QPDFDocument.Failure.failed("unexpected JSON layout (qpdf 11 or later writes {\"qpdf\": [header, objects]})")
        }
        self.objects = objects
    }

    /// A reference as qpdf writes it ("12 0 R"), or nil for any other value.
    static func reference(_ value: Any?) -> String? {
        guard let s = value as? String, s.hasSuffix(" R"), s.split(separator: " ").count == 3 else { return nil }
        return s
    }

    /// The value of an indirect object: a dictionary, array, number…
    subscript(reference: String) -> Any? {
        changed[reference] ?? (objects["obj:" + reference] as? [String: Any])?["value"]
    }

    func dictionary(_ reference: String) throws -> [String: Any] {
        guard let d = self[reference] as? [String: Any] else { throw QPDFDocument.Failure.failed("object \(reference) is not a dictionary") }
        return d
    }

    var trailer: [String: Any] { (objects["trailer"] as? [String: Any])?["value"] as? [String: Any] ?? [:] }

    mutating func set(_ reference: String, _ value: Any) { changed[reference] = value }

    /// The pages in order, from the page tree (Cairo writes a flat one).
    func pages() throws -> [String] {
        guard let root = Self.reference(trailer["/Root"]), let tree = Self.reference(try dictionary(root)["/Pages"]) else {
            throw QPDFDocument.Failure.failed("the PDF has no page tree")
        }
        func walk(_ node: String) throws -> [String] {
            let d = try dictionary(node)
            guard let kids = d["/Kids"] as? [Any] else { return [node] }
            return try kids.compactMap(Self.reference).flatMap(walk)
        }
        return try walk(tree)
    }

    /// What `QPDFDocument.update(json:)` reads: only the changed objects.
    func update() throws -> Data {
        let objects = Dictionary(uniqueKeysWithValues: changed.map { ("obj:" + $0.key, ["value": $0.value]) })
        return try JSONSerialization.data(withJSONObject: ["qpdf": [["jsonversion": 2], objects]], options: [.sortedKeys])
    }
}
