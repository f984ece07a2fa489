import ArgumentParser
import Foundation

/// What every request to a worker shares, given on its command line.
struct WorkerSettings {
    var output: URL
    /// Where thumbnails are left for the batch to collect.
    var scratch: URL
    var strict: Bool
}

/// `feuillet batch-worker`: one worker process of `batch --jobs N`, which feeds it JSON
/// requests on standard input and reads one JSON line per answer. Not meant to be typed.
struct BatchWorker: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch-worker", abstract: "Internal: one worker process of a batch.",
                                                    shouldDisplay: false)

    @Option var output: String
    @Option var scratch: String
    @Flag var strict = false
    @OptionGroup var project: ProjectOptions

    func run() throws {
        let workspace = try Workspace(root: URL(fileURLWithPath: project.root), extraFontFolders: project.fontDirs)
        try BatchRunner.work(WorkerSettings(output: URL(fileURLWithPath: output), scratch: URL(fileURLWithPath: scratch), strict: strict),
                             workspace: workspace)
    }
}
