import Foundation
internal import CPangoCairo

/// The fonts Feuillet may use: the files under `Fonts/` (and folders a user adds) in a
/// private fontconfig configuration, so system fonts never leak into an output.
/// Built once before any worker starts, then only read.
public final class FontLibrary: @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case noFonts([String])
        public var description: String {
            switch self {
            case .noFonts(let dirs): "no font files found in \(dirs.joined(separator: ", ")): run `make demo` (or scripts/setup.sh) to fill Fonts/"
            }
        }
    }

    let config: OpaquePointer
    public let folders: [String]
    /// Family names and their style names, lightest and upright first.
    public let styles: [String: [String]]
    public var families: Set<String> { Set(styles.keys) }

    public init(folders: [String]) throws {
        guard let config = FcConfigCreate() else { fatalError("fontconfig: out of memory") }
        // Folders, with fontconfig's cache: reading every font file at each start cost a
        // process 8 ms, and a batch starts one per worker. The cache follows the folders'
        // modification times; it is only an accelerator (without it, files are read).
        _ = FcConfigParseAndLoadFromMemory(config, "<fontconfig><cachedir>\(Self.xmlEscaped(Self.cacheFolder))</cachedir></fontconfig>", 0)
        for folder in folders where FileManager.default.fileExists(atPath: folder) {
            _ = FcConfigAppFontAddDir(config, folder)
        }
        // Styles keyed by (weight, slant) so that a family lists them lightest and upright first.
        var styles: [String: [Int: String]] = [:]
        if let set = FcConfigGetFonts(config, FcSetApplication) {
            for i in 0..<Int(set.pointee.nfont) {
                guard let pattern = set.pointee.fonts[i], let family = Self.string(pattern, FC_FAMILY) else { continue }
                var weight: Int32 = 0, slant: Int32 = 0
                FcPatternGetInteger(pattern, FC_WEIGHT, 0, &weight)
                FcPatternGetInteger(pattern, FC_SLANT, 0, &slant)
                styles[family, default: [:]][Int(weight) * 1000 + Int(slant)] = Self.string(pattern, FC_STYLE) ?? "Regular"
            }
        }
        guard !styles.isEmpty else {
            FcConfigDestroy(config)
            throw Failure.noFonts(folders)
        }
        self.config = config
        self.folders = folders
        self.styles = styles.mapValues { $0.sorted { $0.key < $1.key }.map(\.value) }
    }

    deinit { FcConfigDestroy(config) }

    /// `$XDG_CACHE_HOME/feuillet/fontconfig`, else `~/.cache/feuillet/fontconfig`.
    static var cacheFolder: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache").path
        return base + "/feuillet/fontconfig"
    }

    private static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    private static func string(_ pattern: OpaquePointer, _ object: String) -> String? {
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, object, 0, &value) == FcResultMatch, let value else { return nil }
        return String(cString: value)
    }
}
