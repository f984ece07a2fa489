import Foundation
import FeuilletCLI
import FeuilletModel
import FeuilletLayout

/// Paths and shared set-up for tests that run the whole pipeline.
enum Support {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let article = root.appendingPathComponent("Articles/metastases.md").path
    static let workspace: Workspace = try! Workspace(root: root)

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("feuillet-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a command-line tool (pdftotext, qpdf…) and returns its exit status and output.
    static func tool(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let running = try Running(URL(fileURLWithPath: "/usr/bin/env"), arguments)
        let data = running.output.fileHandleForReading.readDataToEndOfFile()
        let messages = running.errors.fileHandleForReading.readDataToEndOfFile()
        running.ended.wait()
        return (running.process.terminationStatus, String(decoding: data + messages, as: UTF8.self))
    }

    /// A program started with its output and errors on pipes of their own.
    struct Running {
        let process = Process()
        // One pipe each: Foundation closes the write end of a pipe once per stream it is
        // given to, and a second close can shut a file another test's thread has just
        // opened (a font file, under FreeType), which crashed the suite now and then.
        let output = Pipe(), errors = Pipe()
        /// Signalled when the program ends: waitUntilExit polls every 50 ms on Linux.
        let ended = DispatchSemaphore(value: 0)

        init(_ executable: URL, _ arguments: [String]) throws {
            process.executableURL = executable
            process.arguments = arguments
            process.standardOutput = output
            process.standardError = errors
            process.terminationHandler = { [ended] _ in ended.signal() }
            try process.run()
        }
    }

    /// Lays out and writes the sample article; returns the file and the pages.
    static func render(_ format: OutputFormat, style: String = "classique", into folder: URL) throws -> (url: URL, pages: [Page], document: Document) {
        let (document, _) = try workspace.loadArticle(article)
        let renderer = Renderer(workspace: workspace)
        let sheet = try workspace.styles.load(style)
        let result = try renderer.layout(sheet.typeset(document), format: format)
        let url = folder.appendingPathComponent("out.\(format.fileExtension)")
        try renderer.write(result.pages, document: document, format: format, to: url)
        return (url, result.pages, document)
    }

    /// The words a reader sees, in order: runs of letters and digits, so that spacing
    /// and punctuation (a thin space pdftotext does not see) do not matter.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Every word of the document: title, short answer, then the body.
    static func words(of document: Document) -> [String] {
        let text = ([document.metadata.title, document.metadata.summary ?? ""] + document.blocks.map(\.plainText)).joined(separator: "\n")
        return words(text)
    }
}
