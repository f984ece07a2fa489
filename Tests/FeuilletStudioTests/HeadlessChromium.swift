import Foundation
import Glibc

/// Debian's chromium without a screen, driven through the DevTools protocol on a pair of
/// pipes (`--remote-debugging-pipe`: it reads commands on descriptor 3 and answers on 4, each
/// message JSON ended by a zero byte). Owns the browser process and its pipes.
final class HeadlessChromium {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static let executable = "/usr/bin/chromium"
    /// How long an answer may take before the browser is taken to be stuck.
    static let patience = 60.0
    private let pid: pid_t
    private let commands: Int32, answers: Int32
    private var received: [UInt8] = []
    private var nextID = 0
    private var session: String?
    private let profile: URL

    /// Opens `url` in a window of `width` × `height` CSS pixels.
    init(url: String, width: Int, height: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw Failure(description: "\(Self.executable) is missing: `make setup` installs Debian's chromium for this test")
        }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("feuillet-chromium-\(UUID().uuidString)")
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "pipe: \(String(cString: strerror(errno)))") }
        let arguments = [Self.executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                         "--remote-debugging-pipe", "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)", "about:blank"]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toBrowser[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, Self.executable, &actions, nil, argv + [nil], environ)
        close(toBrowser[0])
        close(fromBrowser[1])
        guard status == 0 else {
            close(toBrowser[1])
            close(fromBrowser[0])
            throw Failure(description: "cannot start chromium: \(String(cString: strerror(status)))")
        }
        pid = child
        commands = toBrowser[1]
        answers = fromBrowser[0]
        let targets = try send("Target.getTargets")
        guard let infos = targets["targetInfos"] as? [[String: Any]], let page = infos.first(where: { $0["type"] as? String == "page" }),
              let id = page["targetId"] as? String else { throw Failure(description: "chromium opened no page") }
        session = try send("Target.attachToTarget", ["targetId": id, "flatten": true])["sessionId"] as? String
        try send("Page.navigate", ["url": url])
        // The blank page's script context goes away as the new page comes: ask until it is there.
        for _ in 0..<600 {
            if (try? evaluate("document.readyState + ' ' + location.href")) as? String == "complete " + url { return }
            usleep(50_000)
        }
        throw Failure(description: "chromium did not load \(url)")
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(commands)
        close(answers)
        try? FileManager.default.removeItem(at: profile)
    }

    /// The value of a JavaScript expression in the page (a promise is waited for).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "awaitPromise": true, "returnByValue": true])
        if let exception = result["exceptionDetails"] as? [String: Any] {
            throw Failure(description: "the page's script failed: \((exception["exception"] as? [String: Any])?["description"] ?? exception)")
        }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// The page as it is drawn now, as PNG bytes.
    func screenshot() throws -> Data {
        guard let data = try send("Page.captureScreenshot", ["format": "png", "captureBeyondViewport": false])["data"] as? String,
              let png = Data(base64Encoded: data) else { throw Failure(description: "chromium gave no screenshot") }
        return png
    }

    /// Sends a command and waits for its answer (events in between are skipped).
    @discardableResult
    func send(_ method: String, _ parameters: [String: Any] = [:]) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        let bytes = [UInt8](try JSONSerialization.data(withJSONObject: message)) + [0]
        let written = bytes.withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw Failure(description: "cannot write to chromium: \(String(cString: strerror(errno)))") }
        while true {
            let answer = try nextMessage()
            guard answer["id"] as? Int == nextID else { continue }
            if let error = answer["error"] as? [String: Any] { throw Failure(description: "\(method): \(error["message"] ?? error)") }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }

    private func nextMessage() throws -> [String: Any] {
        while true {
            if let end = received.firstIndex(of: 0) {
                let message = Data(received[..<end])
                received.removeSubrange(...end)
                if let object = try JSONSerialization.jsonObject(with: message) as? [String: Any] { return object }
                continue
            }
            var poller = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(Self.patience * 1000)) > 0 else { throw Failure(description: "chromium said nothing for \(Int(Self.patience)) s") }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(answers, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "chromium closed its pipe") }
            received += chunk[..<count]
        }
    }
}
