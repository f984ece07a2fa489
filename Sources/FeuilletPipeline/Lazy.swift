import Synchronization

/// A value made on first use, once, whichever thread asks first: what a workspace builds
/// only when a run needs it (fontconfig's configuration of the fonts).
final class Lazy<Value: Sendable>: Sendable {
    private let state: Mutex<Value?> = Mutex(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        state.withLock { value in
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}
