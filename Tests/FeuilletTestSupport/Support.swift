import Foundation
import FeuilletModel
import FeuilletLayout
import FeuilletPipeline
import FeuilletTypesetting

/// Paths and shared set-up for the tests of every stage: the repository, temporary
/// folders, command-line tools, and the sample article through the pipeline.
public enum Support {
    /// The repository, found from this file's path: Tests/FeuilletTestSupport/X.swift → ../../
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let article = root.appendingPathComponent("Articles/metastases.md").path
    public static let styles = root.appendingPathComponent("Styles")
    public static let workspace: Workspace = try! Workspace(root: root)

    /// A test stage's own fixture folder: `Tests/<target>/Fixtures`.
    public static func fixtures(_ target: String) -> URL {
        root.appendingPathComponent("Tests").appendingPathComponent(target).appendingPathComponent("Fixtures")
    }

    public static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("feuillet-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a command-line tool (pdftotext, qpdf…) and returns its exit status and output.
    public static func tool(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let running = try Running(URL(fileURLWithPath: "/usr/bin/env"), arguments)
        let data = running.output.fileHandleForReading.readDataToEndOfFile()
        let messages = running.errors.fileHandleForReading.readDataToEndOfFile()
        running.ended.wait()
        return (running.process.terminationStatus, String(decoding: data + messages, as: UTF8.self))
    }

    /// A program started with its output and errors on pipes of their own.
    public struct Running {
        public let process = Process()
        // One pipe each: Foundation closes the write end of a pipe once per stream it is
        // given to, and a second close can shut a file another test's thread has just
        // opened (a font file, under FreeType), which crashed the suite now and then.
        public let output = Pipe(), errors = Pipe()
        /// Signalled when the program ends: waitUntilExit polls every 50 ms on Linux.
        public let ended = DispatchSemaphore(value: 0)

        public init(_ executable: URL, _ arguments: [String]) throws {
            process.executableURL = executable
            process.arguments = arguments
            process.standardOutput = output
            process.standardError = errors
            process.terminationHandler = { [ended] _ in ended.signal() }
            try process.run()
        }
    }

    /// One pipeline (one Pango font map) per thread, for the thread's life, as the batch
    /// keeps one per worker: font maps made and dropped by the dozen on threads that share
    /// their font configuration crash now and then inside Pango's font loading.
    public static var pipeline: Pipeline {
        let key = "feuillet.tests.pipeline"
        if let pipeline = Thread.current.threadDictionary[key] as? Pipeline { return pipeline }
        let pipeline = Pipeline(workspace: workspace)
        Thread.current.threadDictionary[key] = pipeline
        return pipeline
    }

    /// The sample article (or `article`) in a style, typeset.
    public static func typeset(_ style: String = "classique", article: String = Support.article) throws -> TypesetDocument {
        try pipeline.typeset(article: article, style: style).typeset
    }

    /// Lays out the sample article (or `article`) in a target with the pipeline's options.
    public static func rendition(_ target: Target, style: String = "classique", article: String = Support.article,
                                 options: RenderOptions = RenderOptions()) throws -> Rendition {
        try pipeline.render(try typeset(style, article: article), target: target, options: options)
    }

    /// Lays out and writes the sample article; returns the file and the pages.
    public static func render(_ target: Target, style: String = "classique", into folder: URL) throws -> (url: URL, pages: [Page], document: Document) {
        let typeset = try typeset(style)
        // No bleed: the pages are the trim, as the geometry the tests read expects.
        let rendition = try pipeline.render(typeset, target: target, options: RenderOptions(bleed: 0))
        let url = try pipeline.write(rendition, in: OutputLocation(folder: folder))[0]
        return (url, rendition.pages, typeset.document)
    }

    /// The words a reader sees, in order: runs of letters and digits, so that spacing
    /// and punctuation (a thin space pdftotext does not see) do not matter.
    public static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Every word of the document: title, short answer, then the body.
    public static func words(of document: Document) -> [String] {
        let text = ([document.metadata.title, document.metadata.summary ?? ""] + document.blocks.map(\.plainText)).joined(separator: "\n")
        return words(text)
    }
}
