import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletRender

/// libqpdf in-process: the JSON round trip the trifold's structure tree goes through.
@Suite("qpdf in-process: JSON of a PDF and updates from it")
struct QPDFDocumentTests {
    @Test("an object changed in the JSON is in the written file, written deterministically; bad JSON is a one-line error")
    func jsonRoundTrip() throws {
        let pdf = [UInt8](try Data(contentsOf: try Support.render(.a4, into: Support.temporaryFolder()).url))
        let document = try QPDFDocument(pdf)
        var objects = try QPDFObjects(json: try document.json())
        let root = try #require(QPDFObjects.reference(objects.trailer["/Root"]))
        var catalog = try objects.dictionary(root)
        catalog["/Lang"] = "u:de"
        objects.set(root, catalog)
        try document.update(json: try objects.update())
        let written = try document.write()
        #expect(written == (try QPDFDocument(written).write()), "deterministic: written again, the same bytes")

        let reread = try QPDFObjects(json: try QPDFDocument(written).json())
        let rereadRoot = try #require(QPDFObjects.reference(reread.trailer["/Root"]))
        #expect(try reread.dictionary(rereadRoot)["/Lang"] as? String == "u:de")
        #expect(try reread.pages().count == (try QPDFObjects(json: try QPDFDocument(pdf).json()).pages()).count)

        let error = #expect(throws: QPDFDocument.Failure.self) { try QPDFDocument(pdf).update(json: Data("{\"qpdf\": [".utf8)) }
        let message = error.map { "\($0)" } ?? ""
        #expect(message.hasPrefix("qpdf failed: updating from JSON") && !message.contains("\n"), "\(message)")
    }
}
