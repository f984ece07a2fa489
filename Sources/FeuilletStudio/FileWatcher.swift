import Foundation
import Glibc

/// Tells which files of some folders changed, through Linux's inotify. Folders are watched
/// rather than files because editors save by writing a new file and renaming it over the
/// old one, which a watch on the old file would not see. Owns its inotify descriptor; used
/// by one thread at a time (the studio hands it to its watcher thread).
public final class FileWatcher: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private let fd: Int32
    private var folders: [Int32: String] = [:]
    /// What a change is: written and closed, renamed in or out, created, deleted, touched.
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
    /// Changes this close after the first one are reported with it: a save is often
    /// several events (a temporary file written, then renamed).
    public static let settle = 0.03
    /// At most this many folders are watched (the kernel's default limit is 8192 per user).
    public static let folderLimit = 512

    public init() throws {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw Failure(description: "cannot watch files: inotify: \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    /// Watches `folder` and, with `recursive`, the folders inside it; a folder that does
    /// not exist is skipped (there is nothing in it to change).
    public func watch(_ folder: URL, recursive: Bool = false) throws {
        let path = folder.standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return }
        if !folders.values.contains(path) {
            guard folders.count < Self.folderLimit else { throw Failure(description: "\(path): more than \(Self.folderLimit) folders to watch") }
            let wd = inotify_add_watch(fd, path, Self.mask)
            guard wd >= 0 else { throw Failure(description: "\(path): cannot watch this folder: \(String(cString: strerror(errno)))") }
            folders[wd] = path
        }
        guard recursive else { return }
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() where !name.hasPrefix(".") {
            try watch(folder.appendingPathComponent(name), recursive: true)
        }
    }

    /// Waits up to `timeout` seconds for changes and returns the paths that changed,
    /// sorted (empty when nothing did).
    public func changes(timeout: Double) -> [String] {
        guard wait(timeout) else { return [] }
        var changed = Set<String>(), reads = 0
        // A file written without pause (a log) still lets the changes so far be reported.
        repeat {
            changed.formUnion(read())
            reads += 1
        } while reads < 100 && wait(Self.settle)
        return changed.sorted()
    }

    private func wait(_ seconds: Double) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, Int32(seconds * 1000)) > 0
    }

    /// The events waiting, as paths: each is a fixed header (`inotify_event`) and the
    /// name of the file, padded with zeros.
    private func read() -> Set<String> {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return [] }
        let header = MemoryLayout<inotify_event>.size
        var paths = Set<String>(), offset = 0
        while offset + header <= count {
            let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
            let name = buffer[(offset + header)..<min(count, offset + header + Int(event.len))].prefix { $0 != 0 }
            if let folder = folders[event.wd] {
                paths.insert(name.isEmpty ? folder : folder + "/" + String(decoding: name, as: UTF8.self))
            }
            offset += header + Int(event.len)
        }
        return paths
    }
}
