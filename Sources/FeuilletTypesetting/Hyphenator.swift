import Foundation
import Synchronization
import FeuilletModel
internal import CHyphen

/// Hyphenation points from libhyphen and the dictionary of the article's language
/// (`hyph_fr.dic`, `hyph_en_US.dic`), with 2 letters at least before the hyphen and 3 after
/// (forced over French's 2/2; English's own). One loaded dictionary is read-only and safe
/// to share across threads.
public final class Hyphenator: @unchecked Sendable {
    /// The dictionary of each language Feuillet hyphenates (Debian's hyphen-fr and
    /// hyphen-en-us, which `make setup` installs), by primary tag: `fr-CA` is `fr`, `en-GB`
    /// `en`. A language without one is not hyphenated.
    public static let dictionaries = ["fr": "/usr/share/hyphen/hyph_fr.dic", "en": "/usr/share/hyphen/hyph_en_US.dic"]
    public static let defaultDictionary = dictionaries["fr"]!

    /// The primary tag of `lang` (`fr-CA` → `fr`), lowercased.
    public static func language(of lang: String) -> String {
        lang.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
    }

    public enum LoadError: Error, CustomStringConvertible {
        case cannotLoad(String)
        public var description: String {
            switch self { case .cannotLoad(let path): "cannot load the hyphenation dictionary \(path) (make setup installs hyphen-fr and hyphen-en-us)" }
        }
    }

    private let dict: UnsafeMutablePointer<HyphenDict>
    public let leftMin: Int
    public let rightMin: Int

    public init(path: String = Hyphenator.defaultDictionary, leftMin: Int = 2, rightMin: Int = 3) throws {
        guard let dict = hnj_hyphen_load(path) else { throw LoadError.cannotLoad(path) }
        self.dict = dict
        self.leftMin = leftMin
        self.rightMin = rightMin
    }

    deinit { hnj_hyphen_free(dict) }

    private static let loaded = Mutex<[String: Hyphenator]>([:])

    /// The dictionary at `path`, read once per process and shared by every workspace and
    /// thread that asks for it (reading and hashing its 2,900 patterns costs a short render
    /// about 10 M instructions).
    public static func shared(path: String = Hyphenator.defaultDictionary) throws -> Hyphenator {
        try loaded.withLock { cache in
            if let hit = cache[path] { return hit }
            let made = try Hyphenator(path: path)
            cache[path] = made
            return made
        }
    }

    /// Offsets inside `word` where a hyphen may go (a break before that character).
    /// Words joined by an apostrophe or a hyphen (`TextToken.joiners`) are hyphenated part
    /// by part, and never right after the apostrophe or next to the hyphen.
    public func points(in word: String) -> [Int] { points(in: Array(word.unicodeScalars)[...]) }

    /// The same for a word read as scalars (the paragraph setter's), offsets in scalars:
    /// nothing is made a String on the way to libhyphen.
    public func points(in word: ArraySlice<Unicode.Scalar>) -> [Int] {
        var result: [Int] = []
        var partStart = word.startIndex
        for i in word.startIndex...word.endIndex where i == word.endIndex || TextToken.joinerScalars.contains(word[i]) {
            result += pointsInPart(word[partStart..<i]).map { $0 + partStart - word.startIndex }
            partStart = i + 1
        }
        return result
    }

    private func pointsInPart(_ part: ArraySlice<Unicode.Scalar>) -> [Int] {
        let count = part.count
        guard count >= leftMin + rightMin, var bytes = Self.lowercasedLetters(part) else { return [] }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var pos: UnsafeMutablePointer<Int32>?
        var cut: UnsafeMutablePointer<Int32>?
        let status = hnj_hyphen_hyphenate3(dict, &bytes, Int32(bytes.count), &hyphens, nil, &rep, &pos, &cut,
                                           Int32(leftMin), Int32(rightMin), Int32(leftMin), Int32(rightMin))
        if let rep {
            for i in 0..<bytes.count { free(rep[i]) }
            free(rep)
        }
        free(pos)
        free(cut)
        guard status == 0 else { return [] }
        // For a UTF-8 dictionary the array is indexed by character: odd = break after it.
        return (0..<count - 1).filter { hyphens[$0] & 1 == 1 }.map { $0 + 1 }
            .filter { allows(left: $0, right: count - $0) }
    }

    /// The part in small letters as UTF-8, one letter for each scalar (ASCII by its byte,
    /// others by Unicode's mapping), or nil when it holds anything but letters.
    private static func lowercasedLetters(_ part: ArraySlice<Unicode.Scalar>) -> [CChar]? {
        var bytes: [CChar] = []
        bytes.reserveCapacity(part.count * 2)
        for s in part {
            if s.isASCII {
                let b = UInt8(s.value)
                switch b {
                case 0x61...0x7A: bytes.append(CChar(bitPattern: b))
                case 0x41...0x5A: bytes.append(CChar(bitPattern: b + 0x20))
                default: return nil
                }
            } else {
                let lower = s.properties.lowercaseMapping.unicodeScalars
                guard s.properties.isAlphabetic, lower.count == 1 else { return nil }
                bytes += lower.first!.utf8.map { CChar(bitPattern: $0) }
            }
        }
        return bytes
    }

    /// Whether a word may be split with `left` letters before the break and `right` after
    /// it: the rule for a hyphenation point, and for a hyphen already in the word too
    /// (week-/end, peut-/être; never parlez-/en).
    public func allows(left: Int, right: Int) -> Bool { left >= leftMin && right >= rightMin }
}
