import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import FeuilletModel
import FeuilletPipeline

/// `feuillet serve`: the studio's web pages and their data, on 127.0.0.1 only. Every page,
/// script and style sheet is Feuillet's own (`StudioPage`); nothing is fetched from
/// elsewhere. Reads go through `Studio`, whose render thread calls the Pipeline.
public struct StudioServer: Sendable {
    public let studio: Studio
    public let port: Int
    /// Given to the page, asked back on every change it requests; new every run.
    public let token: String

    /// The port `feuillet serve` listens on unless told otherwise.
    public static let defaultPort = 8470

    public init(studio: Studio, port: Int = defaultPort, token: String = StudioServer.newToken()) {
        self.studio = studio
        self.port = port
        self.token = token
    }

    /// The port is taken, most often by a studio already running.
    public struct Busy: Error, CustomStringConvertible {
        public var port: Int
        public var description: String {
            "port \(port) of 127.0.0.1 is in use (a studio already running? open http://127.0.0.1:\(port)/, or start with --port N)"
        }
    }

    public static func newToken() -> String {
        var random = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(random.next() as UInt64, radix: 16) }.joined()
    }

    /// Serves until the process stops; `ready` gets the port once it listens (the one the
    /// system chose when `port` is 0).
    public func run(ready: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        try studio.start()
        defer { studio.stop() }
        var logger = Logger(label: "feuillet-studio")
        logger.logLevel = .warning
        let bound = BoundPort(port), port = port
        let app = Application(router: router(bound),
                              configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port), serverName: nil),
                              onServerRunning: { channel in
                                  bound.set(channel.localAddress?.port ?? port)
                                  ready(bound.port)
                              },
                              logger: logger)
        // No graceful shutdown on Ctrl-C: a page listening for events never ends its request,
        // so the server would wait for it forever. Nothing is lost when the process ends at
        // once: every file the studio writes is renamed into place whole.
        do {
            try await app.runService(gracefulShutdownSignals: [])
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw Busy(port: port)
        }
    }

    /// The routes, behind `LocalOnly`; `bound` is the port the Host header must name.
    func router(_ bound: BoundPort) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: LocalOnly(bound: bound, token: token))
        let studio = studio, token = token
        router.get("/") { _, _ in Self.page(StudioPage.html(token: token)) }
        router.get("/studio.css") { _, _ in Self.text(StudioPage.css, type: "text/css; charset=utf-8") }
        router.get("/studio.js") { _, _ in Self.text(StudioPage.script, type: "text/javascript; charset=utf-8") }
        router.get("/api/articles") { _, _ in
            try Self.json(studio.articles().map { ArticleSummary(file: $0, studio: studio) })
        }
        router.get("/api/articles/:article/variants") { _, context in
            try Self.json(studio.open(try Self.article(context, studio)))
        }
        router.get("/api/articles/:article/text") { _, context in
            let name = try Self.article(context, studio)
            return Self.text(try Workspace.readText(studio.articlesFolder.appendingPathComponent(name).path), type: "text/markdown; charset=utf-8")
        }
        router.put("/api/articles/:article/text") { request, context in
            let name = try Self.article(context, studio)
            let body = try await request.body.collect(upTo: LocalOnly<BasicRequestContext>.maximumBody)
            try StudioEdits.saveArticle(String(buffer: body), to: studio.articlesFolder.appendingPathComponent(name))
            return Response(status: .noContent)
        }
        router.get("/api/styles/:style/fields") { _, context in
            let style = try Self.style(context, studio)
            return try Self.json(try StudioEdits.styleFields(studio.styleFile(style), shownAs: "Styles/\(style).yml"))
        }
        router.put("/api/styles/:style/fields") { request, context in
            let style = try Self.style(context, studio)
            let body = try await request.body.collect(upTo: LocalOnly<BasicRequestContext>.maximumBody)
            guard let changes = try? JSONDecoder().decode([String: String].self, from: Data(buffer: body)) else {
                throw HTTPError(.badRequest, message: "Expected the changed fields as JSON.")
            }
            return try await Self.refusing {
                try await studio.onRenderThread { pipeline in
                    try StudioEdits.saveStyle(changes, to: studio.styleFile(style), shownAs: "Styles/\(style).yml") { trial in
                        guard let pipeline else { throw StudioEdits.Refused(description: "the project's fonts cannot be read") }
                        _ = try pipeline.workspace.styles.load(trial.path)
                    }
                }
                return Response(status: .noContent)
            }
        }
        router.post("/api/import") { request, _ in
            let body = try await request.body.collect(upTo: LocalOnly<BasicRequestContext>.maximumBody)
            return try await Self.refusing {
                try Self.json(["file": try StudioEdits.importArticle(String(buffer: body), into: studio.articlesFolder)], status: .created)
            }
        }
        router.get("/api/events") { _, _ in
            guard let events = studio.events() else {
                throw HTTPError(.serviceUnavailable, message: "More than \(Studio.listenerLimit) pages of the studio are open: close some.")
            }
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                            body: ResponseBody { writer in
                                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                                for await event in events { try await writer.write(ByteBuffer(string: event)) }
                                try await writer.finish(nil)
                            })
        }
        router.get("/picture/:article/:style/:target/:page") { _, context in
            let key = try Self.variant(context, studio)
            guard let page = context.parameters.get("page", as: Int.self), let png = studio.picture(key, page: page) else {
                throw HTTPError(.notFound, message: "No picture of this page yet.")
            }
            return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "no-cache"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: png)))
        }
        router.get("/download/:article/:style/:target/:type") { request, context in
            let key = try Self.variant(context, studio)
            guard let type = context.parameters.get("type").flatMap(FileType.init(rawValue:)) else { throw HTTPError(.notFound) }
            let page = request.uri.queryParameters.get("page", as: Int.self) ?? 1
            guard let file = try await studio.download(key, type: type, page: page) else {
                throw HTTPError(.notFound, message: "This variant has no such file yet.")
            }
            let name = "\(OutputLocation.safeName(key.article))-\(key.style)-\(file.name)"
            return Response(status: .ok, headers: [.contentType: type == .pdf ? "application/pdf" : "image/png",
                                                   .contentDisposition: "attachment; filename=\"\(name)\""],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
        }
        return router
    }

    /// The article the route names, when it is a file of `Articles/`: any other name (a
    /// path, `..`) is not found, whatever is on the disk.
    private static func article(_ context: BasicRequestContext, _ studio: Studio) throws -> String {
        guard let name = context.parameters.get("article"), studio.article(name) != nil else {
            throw HTTPError(.notFound, message: "No such article in Articles/.")
        }
        return name
    }

    private static func style(_ context: BasicRequestContext, _ studio: Studio) throws -> String {
        guard let style = context.parameters.get("style"), studio.styles().contains(style) else {
            throw HTTPError(.notFound, message: "No such style in Styles/.")
        }
        return style
    }

    /// Runs an edit; what it refuses (a bad colour, an unknown font, a page that is not an
    /// article) is answered 422 with the reason, in words.
    private static func refusing(_ edit: () async throws -> Response) async throws -> Response {
        do {
            return try await edit()
        } catch let error as StudioEdits.Refused {
            return LocalOnly<BasicRequestContext>.refusal(.unprocessableContent, error.description)
        } catch let error as Diagnostic {
            return LocalOnly<BasicRequestContext>.refusal(.unprocessableContent, error.description)
        } catch let error as Diagnostics {
            return LocalOnly<BasicRequestContext>.refusal(.unprocessableContent, error.description)
        }
    }

    private static func variant(_ context: BasicRequestContext, _ studio: Studio) throws -> VariantKey {
        let article = try article(context, studio)
        guard let style = context.parameters.get("style"), studio.styles().contains(style),
              let target = context.parameters.get("target"), Studio.targets.contains(where: { $0.name == target }) else {
            throw HTTPError(.notFound, message: "No such style or format.")
        }
        return VariantKey(article: article, style: style, target: target)
    }

    private static func page(_ html: String) -> Response { text(html, type: "text/html; charset=utf-8") }

    private static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Response(status: status, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}

/// An article in the list: its file and title (or why it cannot be read).
struct ArticleSummary: Codable {
    var file: String
    var title: String?
    var problem: String?

    init(file: String, studio: Studio) {
        self.file = file
        do {
            title = try Workspace.readArticle(studio.articlesFolder.appendingPathComponent(file).path).0.metadata.title
        } catch {
            problem = ErrorWords.describe(error)
        }
    }
}

extension StudioServer {
    /// Runs `work` to its end from a command that is not itself asynchronous.
    public static func block(_ work: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let failure = Failure()
        Task {
            do { try await work() } catch { failure.set(error) }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw error }
    }

    private final class Failure: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Error?
        var error: Error? { lock.withLock { stored } }
        func set(_ error: Error) { lock.withLock { stored = error } }
    }
}
