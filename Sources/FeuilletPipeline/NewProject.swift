import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletRender

/// What `feuillet init` makes: a project a newcomer can run `feuillet` in at once. The
/// installation's `Starter/` (an example article, a house style extending classique that
/// says what to change, a manifest, READMEs), and from the installation what those need:
/// the parent style and its logos, `Styles/README.md`, the font families the styles use
/// (each folder with its licence: fonts come only from the project's `Fonts/`), and the
/// press profile. Never replaces a file.
public struct NewProject {
    /// The shipped style the house style extends.
    static let parentStyle = "classique"

    public let installation: URL
    public let folder: URL

    public init(installation: URL, folder: URL) {
        self.installation = installation
        self.folder = folder
    }

    /// Each file to make, from where, to where (relative to `folder`), in a fixed order.
    public func plan() throws -> [(source: URL, destination: String)] {
        let starter = installation.appendingPathComponent("Starter")
        var files = try Self.files(under: starter).map { (starter.appendingPathComponent($0), $0) }
        let styles = installation.appendingPathComponent("Styles")
        files += ["\(Self.parentStyle).yml", "README.md"].map { (styles.appendingPathComponent($0), "Styles/" + $0) }
        let shipped = try Workspace(root: installation)
        let starterStyles = starter.appendingPathComponent("Styles")
        let loader = StyleLoader(folders: [starterStyles, styles], knownFamilies: shipped.fonts.families)
        let names = StyleLoader(folders: [starterStyles]).availableStyles() + [Self.parentStyle]
        let house = try names.map(loader.load)
        for logo in house.compactMap(\.logo).flatMap({ [$0.file] + ($0.dark.map { [$0] } ?? []) }) where logo.hasPrefix(styles.path + "/") {
            files.append((URL(fileURLWithPath: logo), "Styles/" + logo.dropFirst(styles.path.count + 1)))
        }
        let families = Set(house.flatMap(\.families)).sorted()
        let fontFolders = Set(families.flatMap { shipped.fonts.familyFolders[$0] ?? [] }).sorted()
        for fontFolder in fontFolders {
            let url = URL(fileURLWithPath: fontFolder)
            files += try Self.files(under: url).map { (url.appendingPathComponent($0), "Fonts/\(url.lastPathComponent)/" + $0) }
        }
        files.append((installation.appendingPathComponent(PressColorSpace.profileFile), PressColorSpace.profileFile))
        return Self.unique(files)
    }

    /// Copies the plan's files; refuses before copying anything if one is already there.
    @discardableResult
    public func make() throws -> [String] {
        let files = try plan(), manager = FileManager.default
        if let there = files.first(where: { manager.fileExists(atPath: folder.appendingPathComponent($0.destination).path) }) {
            throw Refused(message: "\(folder.appendingPathComponent(there.destination).path) already exists: init never replaces a file (give it a new folder: feuillet init mon-projet)")
        }
        for (source, destination) in files {
            let target = folder.appendingPathComponent(destination)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: source, to: target)
        }
        return files.map(\.destination)
    }

    public struct Refused: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Files below a folder, relative to it, sorted.
    static func files(under folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else {
            throw Refused(message: "cannot read \(folder.path)")
        }
        return walker.compactMap { $0 as? String }.filter { path in
            var directory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &directory) && !directory.boolValue
        }.sorted()
    }

    private static func unique(_ files: [(source: URL, destination: String)]) -> [(source: URL, destination: String)] {
        var seen: Set<String> = []
        return files.filter { seen.insert($0.destination).inserted }
    }
}
