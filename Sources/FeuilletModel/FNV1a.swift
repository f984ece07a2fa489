/// The 64-bit FNV-1a hash: quick, stable across runs and machines (unlike `Hasher`): what
/// fingerprints, shards and cache names are made of.
public enum FNV1a {
    public static let offset: UInt64 = 0xcbf29ce484222325

    /// Each call ends with a separator byte, so that ("ab", "c") and ("a", "bc") differ.
    /// Inlinable: a batch hashes a few hundred kilobytes of names with it before it knows
    /// whether anything is to be done, and the generic call costs ten times the hashing.
    @inlinable
    public static func hash<S: Sequence>(_ bytes: S, from start: UInt64 = offset) -> UInt64 where S.Element == UInt8 {
        var hash = start
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return (hash ^ 0xff) &* 0x100000001b3
    }
}
