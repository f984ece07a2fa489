import Foundation
import Synchronization

/// Writes files through temporary files in the same folder and renames, so a failed or
/// interrupted export never leaves a truncated file nor replaces a good one; a set of
/// files (the pages of a leaflet as PNG) is written whole or not at all.
public enum AtomicFile {
    /// A file that could not be written, said in words (never a Foundation dump).
    public struct WriteFailure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        /// The disk is full or read-only: every other file would fail the same way.
        public var stopsEverything: Bool

        public var description: String { "cannot write \(path): \(reason)" }
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try write([(bytes, url)])
    }

    /// Writes every file, then removes `replacing` (the files of an older, longer set that
    /// this one no longer has). Nothing is renamed until every file is written in full.
    public static func write(_ files: [(bytes: [UInt8], url: URL)], replacing stale: [URL] = []) throws {
        var staged: [(temporary: URL, url: URL)] = []
        do {
            for (bytes, url) in files {
                let folder = url.deletingLastPathComponent()
                try makeFolder(folder)
                sweep(folder)
                let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
                staged.append((temporary, url))
                try writeNew(bytes, to: temporary, naming: url)
            }
            for (temporary, url) in staged where rename(temporary.path, url.path) != 0 { throw failure(url, errno) }
        } catch {
            for (temporary, _) in staged { unlink(temporary.path) }
            throw error
        }
        let kept = Set(files.map(\.url.standardizedFileURL.path))
        for url in stale where !kept.contains(url.standardizedFileURL.path) { unlink(url.path) }
    }

    private static func writeNew(_ bytes: [UInt8], to temporary: URL, naming url: URL) throws {
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(url, errno) }
        var written = 0
        let result: Int32 = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 { return errno == EINTR ? 0 : errno }
                written += n
            }
            return 0
        }
        // A full disk can also be told at close (network and delayed-allocation file systems).
        let closed = close(fd) == 0 ? 0 : errno
        if result != 0 || closed != 0 { throw failure(url, result != 0 ? result : closed) }
    }

    /// The folder and those above it, made as needed (POSIX calls, so a failure has its errno).
    private static func makeFolder(_ folder: URL) throws {
        var path = ""
        for component in folder.standardizedFileURL.pathComponents {
            path = path.isEmpty ? component : (path.hasSuffix("/") ? path + component : path + "/" + component)
            var status = stat()
            if stat(path, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else { throw failure(URL(fileURLWithPath: path), ENOTDIR) }
                continue
            }
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure(URL(fileURLWithPath: path), errno) }
        }
    }

    /// The failure of an operation on `url` that set `errno` to `code`.
    public static func failure(_ url: URL, _ code: Int32) -> WriteFailure {
        WriteFailure(path: url.path, reason: reason(code), stopsEverything: [ENOSPC, EDQUOT, EROFS].contains(code))
    }

    /// What an `errno` means to a person who writes files.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: "the disk is full"
        case EROFS: "the disk is read-only"
        case EACCES, EPERM: "permission denied"
        case ENOTDIR, EEXIST: "a file stands where its folder should be"
        case ENAMETOOLONG: "the name is too long"
        case ENOENT: "no such file or folder"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    private static let swept = Mutex<Set<String>>([])

    /// Removes, once per folder and process, the temporary files a killed process left
    /// (`.name.<pid>.tmp` whose process no longer runs).
    private static func sweep(_ folder: URL) {
        guard swept.withLock({ $0.insert(folder.path).inserted }) else { return }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.dropLast(4).split(separator: ".")
            guard let pid = parts.last.flatMap({ pid_t($0) }), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
