import Foundation

/// The worker processes of a batch, each fed from its own queue: a worker gets its next
/// request as soon as it answers the last, and when its queue is empty it takes the last
/// (shortest) request of the longest other queue, so all finish within a job of each
/// other whatever the jobs cost. They are started before the batch reads its inputs,
/// which hides their start-up. A worker that dies fails only the request it had in hand.
final class WorkerPool: @unchecked Sendable {
    private struct Worker {
        let process: Process
        let input: FileHandle
        let output: FileHandle
        let ended = DispatchSemaphore(value: 0)
    }

    /// Why a request got no answer.
    struct Died: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "its worker process ended (status \(status)) before answering" }
    }

    private let workers: [Worker]
    private let lock = NSLock()
    private var queues: [[(index: Int, line: Data)]] = []
    private var dead = Set<Int>()

    /// Starts `count` processes of `executable` with `arguments`; those that cannot start
    /// are left out (with none, the error is thrown).
    init(executable: URL, arguments: [String], count: Int) throws {
        var started: [Worker] = []
        var failure: Error?
        for _ in 0..<count {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            let worker = Worker(process: process, input: input.fileHandleForWriting, output: output.fileHandleForReading)
            process.terminationHandler = { [ended = worker.ended] _ in ended.signal() }
            do {
                try process.run()
                started.append(worker)
            } catch {
                failure = error
            }
        }
        if started.isEmpty, let failure { throw failure }
        workers = started
        // A worker that died must not take the batch with it when it is written to.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Sends every request, first to the worker `preferred` names (modulo the number of
    /// workers), and calls `answer(index, line)` for each answer as it comes, on the
    /// worker's reading thread, or `Died` when the worker died before answering. Requests
    /// not yet sent when `stop()` turns true are dropped. Returns when all is done.
    func run(_ requests: [Data], preferred: [Int], stop: @escaping @Sendable () -> Bool,
             answer: @escaping @Sendable (Int, Result<Data, Died>) -> Void) {
        lock.withLock {
            queues = Array(repeating: [], count: workers.count)
            for (index, line) in requests.enumerated() { queues[preferred[index] % workers.count].append((index, line)) }
        }
        let group = DispatchGroup()
        for (n, worker) in workers.enumerated() where !isDead(n) {
            group.enter()
            Thread { [self] in
                if !serve(worker, number: n, stop: stop, answer: answer) { markDead(n) }
                group.leave()
            }.start()
        }
        group.wait()
    }

    /// Ends the workers: closing their input tells them there is nothing more to do. Not
    /// waited for: they have answered everything, and their exit takes 20 ms.
    func close() {
        for worker in workers { try? worker.input.close() }
    }

    private func isDead(_ n: Int) -> Bool { lock.withLock { dead.contains(n) } }
    private func markDead(_ n: Int) { lock.withLock { _ = dead.insert(n) } }

    /// The next request of worker `n`'s queue, else the last of the longest queue.
    private func take(_ n: Int, _ stop: () -> Bool) -> (index: Int, line: Data)? {
        lock.lock()
        defer { lock.unlock() }
        guard !stop() else { return nil }
        if !queues[n].isEmpty { return queues[n].removeFirst() }
        guard let other = queues.indices.max(by: { queues[$0].count < queues[$1].count }), !queues[other].isEmpty else { return nil }
        return queues[other].removeLast()
    }

    /// One worker's loop: send a request, wait for its answer line, and again; the next
    /// request is sent before the answer is handled, so the worker never waits for that.
    /// False when the worker died.
    private func serve(_ worker: Worker, number n: Int, stop: () -> Bool, answer: (Int, Result<Data, Died>) -> Void) -> Bool {
        var buffer = Data()
        func send(_ request: (index: Int, line: Data)) -> Bool {
            if (try? worker.input.write(contentsOf: request.line + [0x0A])) != nil { return true }
            answer(request.index, .failure(died(worker)))
            return false
        }
        guard var current = take(n, stop) else { return true }
        guard send(current) else { return false }
        while true {
            while !buffer.contains(0x0A) {
                let chunk = worker.output.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
            }
            guard let end = buffer.firstIndex(of: 0x0A) else {
                // The worker died: this request fails, the others go to the workers left.
                answer(current.index, .failure(died(worker)))
                return false
            }
            let reply = Data(buffer[buffer.startIndex..<end])
            buffer.removeSubrange(buffer.startIndex...end)
            let next = take(n, stop)
            let sent = next.map(send) ?? true
            answer(current.index, .success(reply))
            guard sent, let next else { return sent }
            current = next
        }
    }

    private func died(_ worker: Worker) -> Died {
        worker.ended.wait()
        return Died(status: worker.process.terminationStatus)
    }
}
