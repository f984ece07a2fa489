import Foundation
import FeuilletLayout
import FeuilletPipeline

/// The worker side of a batch (`feuillet batch-worker`): answers each request on its
/// standard input, one JSON line each on its standard output, until the input ends (or
/// Ctrl-C, after the job in hand).
public enum BatchWorker {
    /// What every request to a worker shares, given on its command line.
    public struct Settings: Sendable {
        public var output: URL
        public var options: RenderOptions
        /// The worker's address space, in megabytes (nil: no limit).
        public var memoryMB: Int?

        public init(output: URL, options: RenderOptions, memoryMB: Int? = nil) {
            self.output = output
            self.options = options
            self.memoryMB = memoryMB
        }
    }

    public static func serve(_ settings: Settings, workspace: Workspace) throws {
        if let megabytes = settings.memoryMB {
            // A job that needs more fails alone (this process dies; the batch starts another).
            var limit = rlimit(rlim_cur: rlim_t(megabytes) << 20, rlim_max: rlim_t(megabytes) << 20)
            setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        }
        let runner = JobRunner(workspace: workspace, output: settings.output, options: settings.options)
        Interrupt.install()
        // Ready: the batch counts a job's time from here on.
        FileHandle.standardOutput.write(Data("{}\n".utf8))
        while !Interrupt.requested, let line = readLine() {
            let request = try JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8))
            var answer = WorkerAnswer()
            if let j = request.job {
                guard let target = Target(name: j.target) else { throw WorkerRequest.Unknown(target: j.target) }
                answer.result = runner.perform(BatchJob(article: j.article, style: j.style, target: target, settings: j.settings, mapping: j.mapping))
                answer.reads = answer.result?.reads
            } else if let sheet = request.sheet, let type = FileType(rawValue: sheet.type) {
                do {
                    try ContactSheet.write(type, report: URL(fileURLWithPath: sheet.output), engine: runner.pipeline.engine)
                } catch {
                    answer.error = "\(error)"
                }
            }
            FileHandle.standardOutput.write(try JSONEncoder().encode(answer) + [0x0A])
        }
    }
}
