import Foundation
import FeuilletModel

/// Feuillet's own folder: the shipped styles, fonts, colour profile and the new project's
/// files (`Starter/`) that `feuillet init` copies. `FEUILLET_HOME` when set, else the
/// folder the program was built in, found from the program's own path
/// (`<home>/.build/debug/feuillet`, or `<home>/bin/feuillet` once installed).
public enum Installation {
    public static func folder() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let home = environment["FEUILLET_HOME"], !home.isEmpty {
            let url = URL(fileURLWithPath: home)
            guard holdsFeuillet(url) else { throw Missing(place: "FEUILLET_HOME=\(home)") }
            return url
        }
        let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: program).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if holdsFeuillet(folder) { return folder }
            folder.deleteLastPathComponent()
        }
        throw Missing(place: "the folders above \(program)")
    }

    /// What a folder must hold to be Feuillet's.
    static func holdsFeuillet(_ folder: URL) -> Bool {
        ["Starter/Styles", "Styles/\(NewProject.parentStyle).yml", "Fonts"].allSatisfy {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
    }

    public struct Missing: Error, CustomStringConvertible {
        public var place: String
        public var description: String {
            "Feuillet's own files (Starter/, Styles/, Fonts/) are not in \(place): set FEUILLET_HOME to the folder Feuillet was built in"
        }
    }
}
