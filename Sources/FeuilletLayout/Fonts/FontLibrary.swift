import Foundation
import Synchronization
import FeuilletModel
internal import CPangoCairo

/// The fonts Feuillet may use: the files under `Fonts/` (and folders a user adds) in a
/// private fontconfig configuration, so system fonts never leak into an output.
/// Built once before any worker starts, then only read.
public final class FontLibrary: @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case noFonts([String])
        /// A style uses a family whose folder holds a file no font can be read from.
        case damaged(file: String, families: [String])
        public var description: String {
            switch self {
            case .noFonts(let dirs): "no font files found in \(dirs.joined(separator: ", ")): run `make demo` (or scripts/setup.sh) to fill Fonts/"
            case .damaged(let file, let families):
                "the font file \(file) cannot be read (damaged or not a font), so \(families.joined(separator: ", ")) would be drawn with a face missing: run `make setup` to restore Fonts/"
            }
        }
    }

    /// Font files of the folders that FreeType could not read, each with the families found
    /// in the same folder (the families it was meant to complete).
    public let damaged: [(file: String, families: [String])]

    /// Throws when one of `families` has a damaged file in its folder: a family that lost
    /// its Regular face would silently be drawn bold, or as empty boxes.
    public func check(_ families: Set<String>) throws {
        if let hit = damaged.first(where: { !families.isDisjoint(with: $0.families) }) {
            throw Failure.damaged(file: hit.file, families: hit.families.filter(families.contains))
        }
    }

    /// The colour emoji family of Fonts/ (Debian's fonts-noto-color-emoji): every style's
    /// text falls back to it for emoji, which no text face has.
    public static let emojiFamily = "Noto Color Emoji"

    let config: OpaquePointer
    public let folders: [String]
    /// Family names and their style names, lightest and upright first.
    public let styles: [String: [String]]
    public var families: Set<String> { Set(styles.keys) }
    /// The folders each family's files are in (what `feuillet init` copies into a project).
    public let familyFolders: [String: [String]]

    public init(folders: [String]) throws {
        guard let config = FcConfigCreate() else { fatalError("fontconfig: out of memory") }
        // Folders, with fontconfig's cache: reading every font file at each start cost a
        // process 8 ms, and a batch starts one per worker. Fontconfig trusts a folder's cache
        // while the folder's date is unchanged, which a file copied over in place does not
        // change: the cache is dropped whenever a file's size or date differs from when it
        // was made (a damaged font then shows, and a restored one is read again).
        // Pango asks for the family "emoji" for a run of emoji presentation (🚑, ✅, or ❤️ and
        // ☎️ with their variation selector 16), whatever the text's own family: without this
        // alias, which system configurations give (60-generic.conf), the text face's own
        // monochrome ❤ or ☎ would be drawn.
        _ = FcConfigParseAndLoadFromMemory(config, """
            <fontconfig><cachedir>\(Self.xmlEscaped(Self.cacheFolder))</cachedir>\
            <alias binding="same"><family>emoji</family><prefer><family>\(Self.emojiFamily)</family></prefer></alias></fontconfig>
            """, 0)
        var files: [String: [String]] = [:]
        for folder in folders where FileManager.default.fileExists(atPath: folder) {
            let (fonts, signature) = Self.fontFiles(folder)
            files[folder] = fonts
            let record = URL(fileURLWithPath: Self.cacheFolder).appendingPathComponent("feuillet-\(String(FNV1a.hash(folder.utf8), radix: 16)).signature")
            if (try? String(contentsOf: record, encoding: .utf8)) != signature {
                _ = FcDirCacheUnlink(folder, config)
                try? FileManager.default.createDirectory(atPath: Self.cacheFolder, withIntermediateDirectories: true)
                // Only an accelerator: when it cannot be written, fonts are read again next time.
                try? signature.write(to: record, atomically: true, encoding: .utf8)
            }
            _ = FcConfigAppFontAddDir(config, folder)
        }
        // Styles keyed by (weight, slant) so that a family lists them lightest and upright first.
        var styles: [String: [Int: String]] = [:]
        var read: Set<String> = [], familiesOfFolder: [String: Set<String>] = [:]
        if let set = FcConfigGetFonts(config, FcSetApplication) {
            for i in 0..<Int(set.pointee.nfont) {
                guard let pattern = set.pointee.fonts[i], let family = Self.string(pattern, FC_FAMILY) else { continue }
                if let file = Self.string(pattern, FC_FILE) {
                    read.insert(file)
                    familiesOfFolder[URL(fileURLWithPath: file).deletingLastPathComponent().path, default: []].insert(family)
                }
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
        Self.makeCurrent(config)
        self.folders = folders
        damaged = files.sorted { $0.key < $1.key }.flatMap { folder, fonts in
            fonts.filter { !read.contains($0) }.map { ($0, (familiesOfFolder[folder] ?? []).sorted()) }
        }
        self.styles = styles.mapValues { $0.sorted { $0.key < $1.key }.map(\.value) }
        var familyFolders: [String: [String]] = [:]
        for (folder, families) in familiesOfFolder { for family in families { familyFolders[family, default: []].append(folder) } }
        self.familyFolders = familyFolders.mapValues { $0.sorted() }
    }

    deinit { FcConfigDestroy(config) }

    private static let current = Mutex(false)

    /// Makes the process's first library fontconfig's current configuration, before any
    /// Pango font map exists. Pango starts a thread that initialises fontconfig, which with
    /// no current configuration loads the machine's own (its files, every system font's
    /// cache: 28 M instructions, a twelfth of a short render) that no font map of Feuillet
    /// uses: each has its library's configuration. Fontconfig keeps its own reference.
    private static func makeCurrent(_ config: OpaquePointer) {
        current.withLock { done in
            if !done { done = FcConfigSetCurrent(config) != 0 }
        }
    }

    /// `$XDG_CACHE_HOME/feuillet/fontconfig`, else `~/.cache/feuillet/fontconfig`.
    static var cacheFolder: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache").path
        return base + "/feuillet/fontconfig"
    }

    /// The font files of a folder, and a signature of their names, sizes and dates.
    public static func fontFiles(_ folder: String) -> (files: [String], signature: String) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            .filter { ["ttf", "otf", "ttc", "otc", "pfb", "woff", "woff2"].contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
        var lines: [String] = []
        for name in names {
            var status = stat()
            guard stat(folder + "/" + name, &status) == 0 else { continue }
            lines.append("\(name) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)")
        }
        return (names.map { folder + "/" + $0 }, lines.joined(separator: "\n"))
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
