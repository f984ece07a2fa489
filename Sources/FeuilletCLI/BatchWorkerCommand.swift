import ArgumentParser
import Foundation
import FeuilletBatch
import FeuilletPipeline

/// `feuillet batch-worker`: one worker process of `batch --jobs N`, which feeds it JSON
/// requests on standard input and reads one JSON line per answer. Not meant to be typed.
struct BatchWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch-worker", abstract: "Internal: one worker process of a batch.",
                                                    shouldDisplay: false)

    @Option var output: String
    @Flag var strict = false
    @Option(name: .customLong("memory-limit")) var memoryLimit: Int?
    @OptionGroup var project: ProjectOptions

    func run() throws {
        try BatchWorker.serve(.init(output: URL(fileURLWithPath: output), options: RenderOptions(strict: strict),
                                     memoryMB: memoryLimit),
                              workspace: try project.workspace())
    }
}
