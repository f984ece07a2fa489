/// What one batch job may take: a job past either is stopped and fails with its name,
/// the others go on. Enforced in worker processes (a killed worker is replaced; the
/// memory limit is the worker's address space, `setrlimit`).
public struct JobLimits: Sendable, Equatable {
    /// Wall-clock seconds.
    public var seconds: Double
    /// Megabytes of address space per worker.
    public var memoryMB: Int

    public init(seconds: Double = 60, memoryMB: Int = 2048) {
        self.seconds = seconds
        self.memoryMB = memoryMB
    }
}
