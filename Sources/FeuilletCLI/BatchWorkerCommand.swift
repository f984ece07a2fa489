import ArgumentParser
import Foundation

/// `feuillet batch-worker TASK.json`: the worker process `batch --jobs N` starts; prints
/// one JSON line per finished job. Not meant to be typed.
struct BatchWorker: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch-worker", abstract: "Internal: one worker process of a batch.",
                                                    shouldDisplay: false)

    @Argument var task: String

    func run() throws {
        let task = try JSONDecoder().decode(WorkerTask.self, from: Data(contentsOf: URL(fileURLWithPath: task)))
        let root = URL(fileURLWithPath: task.root)
        let own = root.appendingPathComponent("Fonts").path + "/"
        let workspace = try Workspace(root: root, extraFontFolders: task.fontFolders.filter { !$0.hasPrefix(own) })
        try BatchRunner.work(task, workspace: workspace)
    }
}
