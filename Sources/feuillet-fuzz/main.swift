import Foundation
import FeuilletFuzzing

// feuillet-fuzz TARGET [SECONDS]: runs one fuzz target (markdown, raw, style, style-aliases, breaker,
// paragraph, layout) from the project folder. Built with -sanitize=fuzzer -DLIBFUZZER (`make fuzz`),
// libFuzzer drives it with coverage; otherwise the deterministic mutator does.

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: feuillet-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) [seconds] [libFuzzer options]\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
nonisolated(unsafe) let context = try! FuzzContext(root: root)
nonisolated(unsafe) let chosen = target

#if LIBFUZZER
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
var libFuzzerArguments = [arguments[0]] + arguments.dropFirst(2)
if !libFuzzerArguments.contains(where: { $0.hasPrefix("-max_len=") }) {
    libFuzzerArguments.append("-max_len=\(target.inputLength)")
}
// A corpus folder (the first argument that is not an option) starts from the target's seeds.
if let folder = libFuzzerArguments.dropFirst().first(where: { !$0.hasPrefix("-") }) {
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (n, seed) in target.seeds(root: root).enumerated() {
        _ = FileManager.default.createFile(atPath: "\(folder)/seed-\(n)", contents: Data(seed))
    }
}
// libFuzzer ends the process itself: the layout target's count of distinct sheets is said at exit.
if target == .layout {
    atexit { print("layout: \(context.layoutInputs) inputs, \(context.distinctSheets) distinct sheets laid out") }
}
var argc = Int32(libFuzzerArguments.count)
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = UnsafeMutablePointer.allocate(capacity: libFuzzerArguments.count + 1)
for (i, argument) in libFuzzerArguments.enumerated() { argv![i] = strdup(argument) }
argv![libFuzzerArguments.count] = nil
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    chosen.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)), context: context)
    return 0
})
#else
let seconds = arguments.count > 2 ? Double(arguments[2]) ?? 10 : 10
let result = FuzzRun(target: target, context: context, seeds: target.seeds(root: root)).run(seconds: seconds)
print("\(target.rawValue): \(result.inputs) inputs in \(String(format: "%.1f", result.seconds)) s, no crash")
#endif
