/// The size `em` and `%` are taken of, and the key that set it (when a sheet did, and it was
/// accepted), where a value fine before that size but not after it is reported.
struct ReferenceSize {
    var points: Double
    var setBy: (node: YAMLValue, path: String)?
}
