import Foundation

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
        var hash: UInt64 = 0xcbf29ce484222325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
            hash = (hash ^ 0xff) &* 0x100000001b3
        }
        for file in files {
            mix(file.path.utf8)
            mix((try? Data(contentsOf: file)) ?? Data())
        }
        for s in extra { mix(s.utf8) }
        return String(hash, radix: 16)
    }

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
