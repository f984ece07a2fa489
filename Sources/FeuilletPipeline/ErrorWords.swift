import Foundation
import FeuilletRender

/// An error as one line in words: Foundation's file errors (a `NSCocoaErrorDomain
/// Code=642 … NSFilePath=…` dump) become "cannot read x: no such file", a JSON decoding
/// error the place it failed; everything else keeps its own description.
public enum ErrorWords {
    public static func describe(_ error: Error) -> String {
        if let decoding = error as? DecodingError { return describe(decoding) }
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain else { return String(describing: error) }
        let path = ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path ?? "a file"
        let underlying = (ns.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
        let noSuchFile = [CocoaError.fileReadNoSuchFile.rawValue, CocoaError.fileNoSuchFile.rawValue].contains(ns.code)
        let reason = underlying.map(AtomicFile.reason)
            ?? (noSuchFile ? "no such file or folder" : ns.code == CocoaError.fileWriteOutOfSpace.rawValue ? "the disk is full" : "error \(ns.code)")
        // Foundation numbers read errors from 256, write errors from 512.
        let verb = (512..<768).contains(ns.code) ? "write" : (256..<512).contains(ns.code) ? "read" : "use"
        return "cannot \(verb) \(path): \(reason)"
    }

    private static func describe(_ error: DecodingError) -> String {
        let (context, what): (DecodingError.Context, String) = switch error {
        case .dataCorrupted(let c): (c, "is not valid JSON")
        case .keyNotFound(let key, let c): (c, "lacks \"\(key.stringValue)\"")
        case .typeMismatch(_, let c), .valueNotFound(_, let c): (c, "has a value of the wrong type")
        @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "cannot be read")
        }
        let at = context.codingPath.map(\.stringValue).joined(separator: ".")
        return "the JSON \(what)\(at.isEmpty ? "" : " at \(at)")"
    }
}
