import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport

@Suite("Errors in words")
struct ErrorWordsTests {
    @Test("Foundation's file errors become one line naming the file and the reason")
    func fileErrors() throws {
        do {
            _ = try Data(contentsOf: URL(fileURLWithPath: "/nowhere/report.json"))
            Issue.record("read a file that does not exist")
        } catch {
            let line = ErrorWords.describe(error)
            #expect(line == "cannot read /nowhere/report.json: no such file or folder", "\(line)")
        }
        let full = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteOutOfSpace.rawValue,
                           userInfo: [NSFilePathErrorKey: "/out/a4.pdf", NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(ErrorWords.describe(full) == "cannot write /out/a4.pdf: the disk is full")
        #expect(!ErrorWords.describe(full).contains("NSCocoaErrorDomain"))
    }

    @Test("a JSON decoding error says what is missing, not Swift's dump")
    func decoding() {
        struct Needs: Decodable { var engine: String }
        do {
            _ = try JSONDecoder().decode(Needs.self, from: Data("{}".utf8))
        } catch {
            #expect(ErrorWords.describe(error) == "the JSON lacks \"engine\"")
        }
    }
}
