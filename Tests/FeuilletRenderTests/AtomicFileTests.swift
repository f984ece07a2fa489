import Foundation
import Testing
@testable import FeuilletRender
import FeuilletTestSupport

@Suite("Atomic files: whole or nothing, failures in words")
struct AtomicFileTests {
    @Test("a full or read-only disk is said in words, and stops everything")
    func words() {
        let url = URL(fileURLWithPath: "/tmp/out/a4.pdf")
        #expect(AtomicFile.failure(url, ENOSPC).description == "cannot write /tmp/out/a4.pdf: the disk is full")
        #expect(AtomicFile.failure(url, ENOSPC).stopsEverything && AtomicFile.failure(url, EROFS).stopsEverything)
        #expect(AtomicFile.failure(url, EROFS).description.hasSuffix(": the disk is read-only"))
        #expect(!AtomicFile.failure(url, EACCES).stopsEverything)
    }

    @Test("a set with one file that cannot be written writes none of them, and leaves no temporary file")
    func wholeSet() throws {
        let folder = Support.temporaryFolder()
        let blocker = folder.appendingPathComponent("pages")
        FileManager.default.createFile(atPath: blocker.path, contents: Data())  // a file where a folder should be
        let good = folder.appendingPathComponent("a4-1.png"), bad = blocker.appendingPathComponent("a4-2.png")
        do {
            try AtomicFile.write([([1, 2, 3], good), ([4, 5, 6], bad)])
            Issue.record("written into a file")
        } catch let failure as AtomicFile.WriteFailure {
            #expect(failure.description == "cannot write \(blocker.path): a file stands where its folder should be", "\(failure)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pages"])
    }

    @Test("a new set replaces the files of the old one it names; others stay")
    func replacing() throws {
        let folder = Support.temporaryFolder()
        let old = (1...3).map { folder.appendingPathComponent("a4-\($0).png") }
        for url in old { FileManager.default.createFile(atPath: url.path, contents: Data("old".utf8)) }
        try AtomicFile.write([(Array("new".utf8), old[0])], replacing: old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a4-1.png"])
        #expect(try Data(contentsOf: old[0]) == Data("new".utf8))
    }

    @Test("temporary files a killed process left are removed by the next write in their folder; a live process's stay")
    func staleTemporaries() throws {
        let folder = Support.temporaryFolder()
        // A process number no process has (above the kernel's maximum), and process 1, which always runs.
        let dead = folder.appendingPathComponent(".a4.pdf.99999999.tmp"), live = folder.appendingPathComponent(".a4.pdf.1.tmp")
        for url in [dead, live] { FileManager.default.createFile(atPath: url.path, contents: Data("half".utf8)) }
        try AtomicFile.write([1], to: folder.appendingPathComponent("card.png"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == [".a4.pdf.1.tmp", "card.png"], "\(left)")
    }
}
