import Foundation
import Testing
@testable import FeuilletBatch
import FeuilletPipeline
import FeuilletTestSupport

/// A manifest asks for the print shop's file per format: its own job, file and report entry.
@Suite("Batch: press files from a manifest")
struct PressBatchTests {
    @Test("formats: a4 and { format: a4, press: true } make a4.pdf (the trim) and a4-press.pdf (PDF/X-4), the report carries the press check")
    func pressFormats() throws {
        let project = try BatchTests.Project(styles: ["bleu": "extends: classique\npalette: { accent: \"#1f4e8c\" }\n"],
                                             formats: "[a4, { format: a4, press: true }, trifold-press]")
        #expect(try BatchManifest(file: project.manifest.path).targets == [.a4, .print(.a4, press: true), .print(.trifold, press: true)])
        #expect(try project.run() == 0)
        let files = project.files()
        #expect(Set(files.keys) == ["metastases/bleu/a4.pdf", "metastases/bleu/a4-press.pdf", "metastases/bleu/trifold-press.pdf"])
        let office = try Support.tool(["pdfinfo", project.output.appendingPathComponent("metastases/bleu/a4.pdf").path]).output
        #expect(office.contains("595.276 x 841.89 pts (A4)"), "\(office)")
        let press = try Support.tool(["pdfinfo", project.output.appendingPathComponent("metastases/bleu/a4-press.pdf").path]).output
        #expect(press.contains("PDF version:     1.6"))
        let report = try project.report()
        let entry = try #require(report.outputs.first { $0.target == "a4-press" })
        #expect(entry.findings.contains { $0.description.hasPrefix("note: press-intent: PDF/X-4, output intent FOGRA39") }, "\(entry.findings)")
        #expect(entry.findings.contains { $0.description.hasPrefix("note: press-coverage: maximum ink coverage") }, "\(entry.findings)")
        #expect(try project.run() == 0)
        #expect(try project.report().upToDate == 3, "press jobs have their own fingerprints")
    }

    @Test("a press entry for a card, or with a misspelt key, fails with its line", arguments: [
        ("[{ format: card-square, press: true }]", "lot.yml:3:"),
        ("[{ format: a4, pres: true }]", #"pres: unknown key; did you mean "press"?"#),
        ("[{ format: a4, press: maybe }]", "press: expected true or false"),
        ("[{ press: true }]", "the entry needs format: <name>"),
    ])
    func badEntries(formats: String, expected: String) throws {
        let project = try BatchTests.Project(formats: formats)
        do {
            _ = try BatchManifest(file: project.manifest.path)
            Issue.record("accepted \(formats)")
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
        }
    }
}
