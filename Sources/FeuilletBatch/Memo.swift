/// Values made once per key, on first use, by the one thread that owns the memo.
struct Memo<Value> {
    private var values: [String: Value] = [:]

    mutating func value(_ key: String, make: () -> Value) -> Value {
        if let known = values[key] { return known }
        let value = make()
        values[key] = value
        return value
    }
}
