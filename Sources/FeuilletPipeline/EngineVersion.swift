/// The engine's version: printed by `feuillet --version`, written in reports, and part of
/// every batch output's fingerprint (a new engine redoes everything).
public enum EngineVersion {
    public static let number = "0.1.0"
    /// As reports name the engine.
    public static var name: String { "feuillet \(number)" }
}
