import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// What keeps the studio to the person at this machine, on every request:
/// - the Host header names this machine (`127.0.0.1` or `localhost` and the studio's port),
///   so that a web page whose name was pointed at 127.0.0.1 (DNS rebinding) gets nothing;
/// - a request that changes anything (not GET or HEAD) comes from the studio's own page
///   (its Origin) and carries the token that page was given, which changes every run;
/// - no request body is larger than `maximumBody`;
/// - every answer tells the browser to load nothing from elsewhere.
struct LocalOnly<Context: RequestContext>: RouterMiddleware {
    let bound: BoundPort
    let token: String

    /// An article as people write one is some ten kilobytes; this leaves room for a long one.
    static var maximumBody: Int { 2_000_000 }
    static var tokenHeader: HTTPField.Name { HTTPField.Name("X-Feuillet-Token")! }

    var hosts: [String] { ["127.0.0.1:\(bound.port)", "localhost:\(bound.port)"] }
    var origins: [String] { hosts.map { "http://" + $0 } }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let port = bound.port
        let host = request.head.authority
        guard let host, hosts.contains(host.lowercased()) else {
            return Self.refusal(.forbidden, "This studio answers only at http://127.0.0.1:\(port)/ (Host was \(host ?? "missing")).")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.maximumBody {
            return Self.refusal(.contentTooLarge, "A request may hold at most \(Self.maximumBody / 1_000_000) MB.")
        }
        if request.method != .get && request.method != .head {
            guard let origin = request.headers[.origin], origins.contains(origin.lowercased()) else {
                return Self.refusal(.forbidden, "Changes are accepted only from the studio's own page (Origin was \(request.headers[.origin] ?? "missing")).")
            }
            guard request.headers[Self.tokenHeader] == token else {
                return Self.refusal(.forbidden, "This page is from an earlier run of the studio: reload it.")
            }
        }
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }

    static func refusal(_ status: HTTPResponse.Status, _ words: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: words + "\n")))
    }
}

/// The port the server listens on, known once it does (the system picks it for port 0).
final class BoundPort: Sendable {
    private let value: Atomic<Int>
    init(_ port: Int) { value = Atomic(port) }
    var port: Int {
        get { value.load(ordering: .acquiring) }
    }
    func set(_ port: Int) { value.store(port, ordering: .releasing) }
}
