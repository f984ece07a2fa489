/// One machine's share of a batch: shard `index` of `count` (from 1).
///
/// `--shard K/N` names it; `--shard /N` takes K from the job array the batch runs in:
/// a Kubernetes Indexed Job (`JOB_COMPLETION_INDEX`, from 0), a Slurm array
/// (`SLURM_ARRAY_TASK_ID` from `SLURM_ARRAY_TASK_MIN`, its count `SLURM_ARRAY_TASK_COUNT`),
/// an AWS Batch array job (`AWS_BATCH_JOB_ARRAY_INDEX`, from 0) or GNU Parallel
/// (`PARALLEL_SEQ`, from 1).
public struct Shard: Sendable, Equatable {
    public var index: Int
    public var count: Int

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// The job arrays' variables, in the order they are looked for, and the number their
    /// first task has.
    static let arrays: [(variable: String, first: Int)] = [
        ("JOB_COMPLETION_INDEX", 0), ("SLURM_ARRAY_TASK_ID", 0), ("AWS_BATCH_JOB_ARRAY_INDEX", 0), ("PARALLEL_SEQ", 1),
    ]

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `K/N`, or `/N` with K from `environment`, as `--shard` takes them.
    public init(parsing text: String, environment: [String: String] = [:]) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let usage = "--shard \"\(text)\" must be K/N with 1 ≤ K ≤ N (e.g. 2/3), or /N to take K from the job array's index"
        guard parts.count == 2, let count = Int(parts[1]), count >= 1 else { throw Invalid(description: usage) }
        if !parts[0].isEmpty {
            guard let index = Int(parts[0]), (1...count).contains(index) else { throw Invalid(description: usage) }
            self.init(index: index, count: count)
            return
        }
        let names = Self.arrays.map(\.variable).joined(separator: ", ")
        guard let (variable, first) = Self.arrays.first(where: { environment[$0.variable] != nil }) else {
            throw Invalid(description: "--shard /\(count): no job-array index in the environment (\(names)): give K/N")
        }
        let value = environment[variable]!
        // A Slurm array may be numbered from any value (--array=1-3): its first is _MIN.
        let start = variable.hasPrefix("SLURM") ? environment["SLURM_ARRAY_TASK_MIN"].flatMap { Int($0) } ?? first : first
        guard let number = Int(value), (0..<count).contains(number - start) else {
            throw Invalid(description: "--shard /\(count): \(variable)=\(value) is not a task of an array of \(count) (numbered from \(start))")
        }
        if variable.hasPrefix("SLURM"), let tasks = environment["SLURM_ARRAY_TASK_COUNT"].flatMap({ Int($0) }), tasks != count {
            throw Invalid(description: "--shard /\(count): the Slurm array has \(tasks) tasks (SLURM_ARRAY_TASK_COUNT): give /\(tasks)")
        }
        self.init(index: number - start + 1, count: count)
    }

    /// Its report's file name: `report-2-of-3.json`.
    var reportName: String { "report-\(index)-of-\(count).json" }
}
