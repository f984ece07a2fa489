import Foundation
import Testing
import FeuilletTestSupport

/// docs/ARCHITECTURE.md: Model ← Style ← Typesetting ← Layout ← Render ← Pipeline ← Batch ← Studio ← CLI.
@Suite("Module graph")
struct ModuleGraphTests {
    static let order = ["Model", "Style", "Typesetting", "Layout", "Render", "Pipeline", "Batch", "Studio", "CLI"]

    @Test("no module imports one above it")
    func importsPointDown() throws {
        for (rank, module) in Self.order.enumerated() {
            let folder = Support.root.appendingPathComponent("Sources/Feuillet\(module)")
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            #expect(!files.isEmpty, "no sources in \(folder.path)")
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.contains("import Feuillet") {
                    let imported = String(line.split(separator: " ").last!.dropFirst("Feuillet".count))
                    guard let other = Self.order.firstIndex(of: imported) else { continue }
                    #expect(other < rank, "Feuillet\(module)/\(file) imports Feuillet\(imported)")
                }
            }
        }
    }
}
