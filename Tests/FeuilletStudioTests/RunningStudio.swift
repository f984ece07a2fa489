import Foundation
import FeuilletStudio
import FeuilletTestSupport

/// A studio serving a copy of the project's articles and styles (the fonts and profiles
/// linked, not copied) on a free port of 127.0.0.1, in this process.
final class RunningStudio: Sendable {
    let root: URL
    let server: StudioServer
    let port: Int
    private let task: Task<Void, Error>

    var base: String { "http://127.0.0.1:\(port)" }

    /// Runs `body` with a studio started for it, stopped after it.
    static func with(_ body: (RunningStudio) async throws -> Void) async throws {
        let studio = try await start()
        do {
            try await body(studio)
        } catch {
            await studio.stop()
            throw error
        }
        await studio.stop()
    }

    static func start() async throws -> RunningStudio {
        let root = Support.temporaryFolder()
        for folder in ["Articles", "Styles"] {
            try FileManager.default.copyItem(at: Support.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        for folder in ["Fonts", "Profiles"] {
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent(folder), withDestinationURL: Support.root.appendingPathComponent(folder))
        }
        let server = StudioServer(studio: Studio(root: root), port: 0)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task { try await server.run { continuation.yield($0) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        return RunningStudio(root: root, server: server, port: port, task: task)
    }

    private init(root: URL, server: StudioServer, port: Int, task: Task<Void, Error>) {
        self.root = root
        self.server = server
        self.port = port
        self.task = task
    }

    func stop() async {
        task.cancel()
        _ = await task.result
        try? FileManager.default.removeItem(at: root)
    }

    /// A request by curl, as a browser or another program would make it: the status, the
    /// content type, the body. `headers` replace curl's (a `Host:` among them).
    func request(_ path: String, method: String = "GET", headers: [String] = [], body: Data? = nil, pathAsIs: Bool = false) throws -> (status: Int, type: String, body: Data) {
        let out = root.appendingPathComponent("response-\(UUID().uuidString)")
        var arguments = ["curl", "-s", "-o", out.path, "-w", "%{http_code} %{content_type}", "-X", method]
        if pathAsIs { arguments.append("--path-as-is") }
        for header in headers { arguments += ["-H", header] }
        if let body {
            let file = root.appendingPathComponent("request-\(UUID().uuidString)")
            try body.write(to: file)
            arguments += ["--data-binary", "@" + file.path, "-H", "Content-Type: text/markdown"]
        }
        let (status, output) = try Support.tool(arguments + [base + path])
        guard status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "curl failed: \(output)"]) }
        let parts = output.split(separator: " ", maxSplits: 1).map(String.init)
        defer { try? FileManager.default.removeItem(at: out) }
        return (Int(parts[0]) ?? 0, parts.count > 1 ? parts[1] : "", (try? Data(contentsOf: out)) ?? Data())
    }

    /// The headers a change from the studio's own page carries.
    var pageHeaders: [String] { ["Origin: \(base)", "X-Feuillet-Token: \(server.token)"] }
}
