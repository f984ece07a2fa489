import Foundation
import Testing
import FeuilletPipeline
import FeuilletStudio
import FeuilletTestSupport

/// `feuillet watch` as its user sees it: a line per render, again after an edit of the
/// article, an error line with file:line:col after an edit that breaks one style (and no
/// line for the other style, which does not read it), and the last good file still there.
@Suite(.serialized) struct WatchSessionTests {
    @Test func rendersAgainOnEveryChangeAndKeepsTheLastGoodFile() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["Articles", "Styles"] {
            try FileManager.default.copyItem(at: Support.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        for folder in ["Fonts", "Profiles"] {
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent(folder), withDestinationURL: Support.root.appendingPathComponent(folder))
        }
        let article = root.appendingPathComponent("Articles/metastases.md"), style = root.appendingPathComponent("Styles/classique.yml")
        let session = WatchSession(article: article.path, styles: ["classique", "nuit"], targets: [.a4, .cardSquare], options: RenderOptions(), root: root)
        let lines = Lines()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            try? session.run(rounds: 3) { lines.append($0) }
            done.signal()
        }
        thread.start()
        let pdf = root.appendingPathComponent("Output/metastases/classique/a4.pdf")
        #expect(lines.wait(until: { $0.renders.count >= 4 }))
        #expect(lines.all.renders[0].contains(try Regex(#"^\d\d:\d\d:\d\d classique a4: \d+ pages? in \d+\.\d\d s → "#)), "\(lines.all)")
        #expect(lines.all.renders[0].hasSuffix("→ \(pdf.path)"))
        #expect(lines.all.renders[1].contains("classique card-square: 1 page in "))
        #expect(lines.all.renders[2].contains("nuit a4: "))

        try String(contentsOf: article, encoding: .utf8).replacingOccurrences(of: "pronostic", with: "horizon")
            .write(to: article, atomically: true, encoding: .utf8)
        #expect(lines.wait(until: { $0.renders.count >= 8 }))
        #expect(try Support.tool(["pdftotext", pdf.path, "-"]).output.contains("horizon"))
        let good = try Data(contentsOf: pdf)

        let sheet = try String(contentsOf: style, encoding: .utf8)
        try sheet.replacingOccurrences(of: "page:", with: "paeg:").write(to: style, atomically: true, encoding: .utf8)
        #expect(done.wait(timeout: .now() + 60) == .success)
        let broken = lines.all.filter { $0.contains("error:") }
        #expect(broken.count == 2, "\(lines.all)")
        #expect(broken.first?.contains("classique.yml:") == true)
        #expect(broken.first?.contains("did you mean") == true || broken.first?.contains("paeg") == true)
        #expect(broken.first?.hasSuffix("(the last good file is kept: \(pdf.path))") == true)
        #expect(lines.all.renders.count == 10, "the nuit style, which does not read classique.yml, is not redone: \(lines.all)")
        #expect(try Data(contentsOf: pdf) == good)
    }
}

/// Lines reported from the watch thread, read by the test's.
final class Lines: @unchecked Sendable {
    private let condition = NSCondition()
    private var lines: [String] = []

    var all: [String] { condition.withLock { lines } }

    func append(_ line: String) {
        condition.withLock {
            lines.append(line)
            condition.broadcast()
        }
    }

    /// Waits up to a minute for `test` to hold.
    func wait(until test: ([String]) -> Bool) -> Bool {
        let limit = Date().addingTimeInterval(60)
        return condition.withLock {
            while !test(lines) { guard condition.wait(until: limit) else { return test(lines) } }
            return true
        }
    }
}

extension [String] {
    /// The lines of renders, without the warnings printed under them.
    var renders: [String] { filter { !$0.hasPrefix(" ") } }
}
