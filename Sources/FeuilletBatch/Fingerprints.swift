import Foundation
import FeuilletModel
import FeuilletPipeline

/// What each output was made from, so that an output whose inputs have not changed is
/// skipped: a hash of the article, the style and every style it extends, the fonts, the
/// target and the engine version. Kept in `Output/.feuillet-state.json`.
struct Fingerprints {
    let url: URL
    private(set) var byKey: [String: String]

    init(output: URL) {
        url = output.appendingPathComponent(".feuillet-state.json")
        byKey = (try? JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))) ?? [:]
    }

    mutating func record(_ key: String, _ fingerprint: String) { byKey[key] = fingerprint }

    func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(byKey).write(to: url, options: .atomic)
    }

    /// FNV-1a over the bytes of every input file plus a few strings: not cryptographic,
    /// only a change detector.
    static func fingerprint(files: [URL], extra: [String]) -> String {
        var hash = FNV1a.offset
        for file in files {
            hash = FNV1a.hash(file.path.utf8, from: hash)
            hash = FNV1a.hash((try? Data(contentsOf: file)) ?? Data(), from: hash)
        }
        for s in extra { hash = FNV1a.hash(s.utf8, from: hash) }
        return String(hash, radix: 16)
    }

    /// The engine: its version, and the size and date of the program itself, so that a
    /// rebuilt engine redoes what it makes even before its version number changes.
    static let engine: String = {
        let program = (try? FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path)) ?? [:]
        let date = (program[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(EngineVersion.number) \((program[.size] as? Int) ?? 0) \(date)"
    }()

    /// The font files, described by path and size (hashing their bytes every run would
    /// cost more than the check saves).
    static func fontSignature(_ folders: [String]) -> String {
        folders.sorted().flatMap { folder -> [String] in
            let files = (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []).sorted()
            return files.map { file in
                let size = ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + file))?[.size] as? Int) ?? 0
                return "\(folder)/\(file):\(size)"
            }
        }.joined(separator: "\n")
    }
}
