import Foundation

/// Outputs stay inside the output folder: the article and style folders under it are
/// plain names (`BatchJob.safeName`), and none of them may be a symbolic link that leads
/// elsewhere (an `Output/metastases` pointing to `/etc` is refused, not followed).
enum OutputConfinement {
    struct Escape: Error, CustomStringConvertible {
        let path: String
        let target: String
        var description: String { "\(path) is a link to \(target), outside the output folder: not followed" }
    }

    static func check(_ folder: URL, inside root: URL) throws {
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        var current = root
        for component in folder.standardizedFileURL.pathComponents.dropFirst(root.standardizedFileURL.pathComponents.count) {
            current.appendPathComponent(component)
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) else { continue }
            let resolved = current.resolvingSymlinksInPath().standardizedFileURL.path
            guard resolved == base || resolved.hasPrefix(base + "/") else { throw Escape(path: current.path, target: destination) }
        }
    }
}
