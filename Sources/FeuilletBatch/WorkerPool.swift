import Foundation

/// The worker processes of a batch, each fed from its own queue: a worker gets its next
/// request as soon as it answers the last, and when its queue is empty it takes the last
/// (shortest) request of the longest other queue, so all finish within a job of each
/// other whatever the jobs cost. They are started before the batch reads its inputs,
/// which hides their start-up. A worker that dies fails only the request it had in hand,
/// and a new process takes its place; a request that runs past the time limit has its
/// worker killed.
final class WorkerPool: @unchecked Sendable {
    /// One running worker process.
    private final class Worker {
        let process = Process()
        let input: FileHandle
        let output: FileHandle
        let ended = DispatchSemaphore(value: 0)
        /// The worker said it is ready (its fonts and dictionary loaded): its start-up is not
        /// counted in the time limit of its first job.
        var ready = false
        /// When the request in hand was sent; nil when idle.
        var busySince: Date?
        var killedForTime = false

        init(executable: URL, arguments: [String]) throws {
            process.executableURL = executable
            process.arguments = arguments
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            self.input = input.fileHandleForWriting
            self.output = output.fileHandleForReading
            process.terminationHandler = { [ended] _ in ended.signal() }
            try process.run()
        }
    }

    /// Why a request got no answer.
    struct Died: Error, CustomStringConvertible {
        var description: String

        static let couldNotStart = Died(description: "no worker process could be started for it")

        init(description: String) { self.description = description }

        init(status: Int32, signalled: Bool, timeLimit: Double?) {
            if let timeLimit {
                description = "it took more than \(Int(timeLimit)) s, the time limit of a job (--job-time): stopped"
            } else {
                let how = signalled ? "was killed by signal \(status)" : "ended with status \(status)"
                let why = !signalled ? "" : status == SIGKILL ? " (killed from outside, or by the system for lack of memory)"
                    : [SIGABRT, SIGSEGV, SIGILL, SIGTRAP].contains(status) ? " (a crash, or memory past the --job-memory limit)" : ""
                description = "its worker process \(how) before answering\(why)"
            }
        }
    }

    private let executable: URL
    private let arguments: [String]
    /// Seconds a request may take before its worker is killed.
    let timeLimit: Double
    private var slots: [Worker?]
    private let lock = NSLock()
    private var queues: [[(index: Int, line: Data)]] = []

    /// Starts `count` processes of `executable` with `arguments`; throws when none starts.
    init(executable: URL, arguments: [String], count: Int, timeLimit: Double) throws {
        self.executable = executable
        self.arguments = arguments
        self.timeLimit = timeLimit
        var failure: Error?
        slots = (0..<count).map { _ in
            do { return try Worker(executable: executable, arguments: arguments) } catch { failure = error; return nil }
        }
        if slots.allSatisfy({ $0 == nil }), let failure { throw failure }
        // A worker that died must not take the batch with it when it is written to.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Sends every request, first to the worker `preferred` names (modulo the number of
    /// workers), and calls `answer(index, line)` for each answer as it comes, on the
    /// worker's reading thread, or `Died` when the worker died before answering. Requests
    /// not yet sent when `stop()` turns true are dropped; once `stop()` has been true for
    /// `grace` seconds, workers still busy are killed. Returns when all is done.
    func run(_ requests: [Data], preferred: [Int], grace: Double = 2, stop: @escaping @Sendable () -> Bool,
             answer: @escaping @Sendable (Int, Result<Data, Died>) -> Void) {
        lock.withLock {
            queues = Array(repeating: [], count: slots.count)
            for (index, line) in requests.enumerated() { queues[preferred[index] % slots.count].append((index, line)) }
        }
        let group = DispatchGroup()
        for n in slots.indices {
            group.enter()
            Thread { [self] in
                serve(n, stop: stop, answer: answer)
                group.leave()
            }.start()
        }
        let watching = Watchdog()
        Thread { [self] in watch(stop: stop, grace: grace, until: watching) }.start()
        group.wait()
        watching.finish()
    }

    /// Ends the workers: closing their input tells them there is nothing more to do. Not
    /// waited for: they have answered everything, and their exit takes 20 ms.
    func close() {
        for worker in lock.withLock({ slots }) { try? worker?.input.close() }
    }

    /// The next request of worker `n`'s queue, else the last of the longest queue.
    private func take(_ n: Int, _ stop: () -> Bool) -> (index: Int, line: Data)? {
        lock.lock()
        defer { lock.unlock() }
        guard !stop() else { return nil }
        if !queues[n].isEmpty { return queues[n].removeFirst() }
        guard let other = queues.indices.max(by: { queues[$0].count < queues[$1].count }), !queues[other].isEmpty else { return nil }
        return queues[other].removeLast()
    }

    /// The worker of slot `n`, started anew if the last one died; nil if it cannot start.
    private func worker(_ n: Int) -> Worker? {
        lock.withLock {
            if slots[n] == nil { slots[n] = try? Worker(executable: executable, arguments: arguments) }
            return slots[n]
        }
    }

    /// One slot's loop: send a request, wait for its answer line, and again; the next
    /// request is sent before the answer is handled, so the worker never waits for that.
    /// A worker that dies fails its request and is replaced for the next.
    private func serve(_ n: Int, stop: () -> Bool, answer: (Int, Result<Data, Died>) -> Void) {
        var buffer = Data()
        guard var current = take(n, stop) else { return }
        var restarts = 0
        while true {
            guard let worker = worker(n) else {
                answer(current.index, .failure(.couldNotStart))
                guard let next = take(n, stop) else { return }
                current = next
                continue
            }
            func send(_ request: (index: Int, line: Data)) -> Bool {
                lock.withLock { worker.busySince = Date() }
                return (try? worker.input.write(contentsOf: request.line + [0x0A])) != nil
            }
            if !worker.ready {
                // The first line of a worker says it is ready; none: it died starting.
                while !buffer.contains(0x0A) {
                    let chunk = worker.output.availableData
                    if chunk.isEmpty { break }
                    buffer.append(chunk)
                }
                if let end = buffer.firstIndex(of: 0x0A) {
                    buffer.removeSubrange(buffer.startIndex...end)
                    worker.ready = true
                }
            }
            var sent = worker.ready && send(current)
            while sent {
                while !buffer.contains(0x0A) {
                    let chunk = worker.output.availableData
                    if chunk.isEmpty { break }
                    buffer.append(chunk)
                }
                guard let end = buffer.firstIndex(of: 0x0A) else { sent = false; break }
                let reply = Data(buffer[buffer.startIndex..<end])
                buffer.removeSubrange(buffer.startIndex...end)
                restarts = 0
                lock.withLock { worker.busySince = nil }
                let next = take(n, stop)
                let nextSent = next.map(send) ?? true
                answer(current.index, .success(reply))
                guard let next else { return }
                current = next
                sent = nextSent
            }
            // The worker died with `current` in hand: that request fails, a new worker goes on.
            let death = died(worker)
            answer(current.index, .failure(death))
            buffer = Data()
            lock.withLock { slots[n] = nil }
            restarts += 1
            // A worker that dies at once, again and again, is not started a fourth time: the
            // requests of its own queue fail for the same reason.
            if restarts >= 3 {
                while let rest = lock.withLock({ queues[n].isEmpty ? nil : queues[n].removeFirst() }) { answer(rest.index, .failure(death)) }
                return
            }
            guard let next = take(n, stop) else { return }
            current = next
        }
    }

    private func died(_ worker: Worker) -> Died {
        worker.ended.wait()
        let signalled = worker.process.terminationReason == .uncaughtSignal
        return Died(status: worker.process.terminationStatus, signalled: signalled,
                    timeLimit: lock.withLock { worker.killedForTime } ? timeLimit : nil)
    }

    /// Kills the workers whose request has run past the time limit, or, once `stop()` is
    /// true, past the grace period.
    private func watch(stop: () -> Bool, grace: Double, until watchdog: Watchdog) {
        var stoppedAt: Date?
        while !watchdog.finished(after: 0.25) {
            if stoppedAt == nil, stop() { stoppedAt = Date() }
            lock.withLock {
                for case let worker? in slots {
                    guard let since = worker.busySince else { continue }
                    let late = Date().timeIntervalSince(since) > timeLimit
                    if late || stoppedAt.map({ Date().timeIntervalSince($0) > grace }) == true {
                        worker.killedForTime = late
                        worker.busySince = nil
                        kill(worker.process.processIdentifier, SIGKILL)
                    }
                }
            }
        }
    }
}

/// Tells the watchdog thread the batch is over.
private final class Watchdog: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    func finish() { done.signal() }
    /// True once `finish()` was called; waits at most `seconds` for it.
    func finished(after seconds: Double) -> Bool { done.wait(timeout: .now() + seconds) == .success }
}
