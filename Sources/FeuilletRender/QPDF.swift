import Foundation

/// The qpdf command-line tool, which rewrites the PDF objects Cairo cannot reach. It is
/// looked up on the PATH once; its absence is a one-line error naming the package.
struct QPDF {
    enum Failure: Error, CustomStringConvertible {
        case missing
        case failed(String)
        public var description: String {
            switch self {
            case .missing: "qpdf not found on the PATH: it writes the PDF's trim and bleed boxes and reading order (install the qpdf package)"
            case .failed(let message): "qpdf failed: \(message)"
            }
        }
    }

    let executable: URL

    init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        guard let found = folders.map({ URL(fileURLWithPath: $0).appendingPathComponent("qpdf") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { throw Failure.missing }
        executable = found
    }

    /// The PDF as qpdf JSON version 2 (objects only, no stream data).
    func json(of pdf: [UInt8]) throws -> Data {
        try inScratchFolder { folder in
            let input = folder.appendingPathComponent("in.pdf"), output = folder.appendingPathComponent("in.json")
            try Data(pdf).write(to: input)
            try run(["--json-output", "--json-stream-data=none", input.path, output.path])
            return try Data(contentsOf: output)
        }
    }

    /// The PDF with the objects of `update` (qpdf JSON) replacing its own; the document ID
    /// is derived from the content, so the same input gives the same bytes.
    func update(_ pdf: [UInt8], with update: Data) throws -> [UInt8] {
        try inScratchFolder { folder in
            let input = folder.appendingPathComponent("in.pdf"), json = folder.appendingPathComponent("update.json")
            let output = folder.appendingPathComponent("out.pdf")
            try Data(pdf).write(to: input)
            try update.write(to: json)
            try run([input.path, "--update-from-json=\(json.path)", "--deterministic-id", output.path])
            return [UInt8](try Data(contentsOf: output))
        }
    }

    /// qpdf exits 0 when all went well, 3 after warnings, 2 on errors: anything but 0 fails.
    private func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        // Foundation's waitUntilExit polls every 50 ms on Linux: a PDF would wait 100 ms
        // for two qpdf runs of 10 ms. The termination handler fires as soon as qpdf ends.
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ended.wait()
        guard process.terminationStatus == 0 else {
            let line = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw Failure.failed(line)
        }
    }

    private func inScratchFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feuillet-qpdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }
}
