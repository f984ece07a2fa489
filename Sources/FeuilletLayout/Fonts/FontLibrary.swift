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
        // Files one by one: adding a folder would make fontconfig want a cache directory.
        for file in folders.flatMap(Self.fontFiles) {
            _ = FcConfigAppFontAddFile(config, file)
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

    /// Font files under a folder, in a stable order.
    static func fontFiles(in folder: String) -> [String] {
        let extensions: Set<String> = ["ttf", "otf", "ttc"]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted().map { folder + "/" + $0 }
    }

    private static func string(_ pattern: OpaquePointer, _ object: String) -> String? {
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, object, 0, &value) == FcResultMatch, let value else { return nil }
        return String(cString: value)
    }
}
