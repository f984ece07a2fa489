import Foundation
import Testing
import FeuilletTestSupport
import FeuilletRender

@Suite("Bulk cards from a data file")
struct DataCardsTests {
    /// A semicolon CSV (as French spreadsheets write it) of 30 tips; `bad` rows have no title.
    static func csv(bad: Set<Int> = []) throws -> URL {
        let folder = Support.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var lines = ["id;Astuce;Détail;figure"]
        for n in 1...30 {
            let title = bad.contains(n) ? "" : "Astuce \(n) : proposez à boire"
            lines.append("astuce-\(n);\(title);\"Un enfant fiévreux perd de l'eau ; proposez-lui à boire toutes les \(n) heures.\";\(n % 10 == 0 ? "\(n) heures" : "")")
        }
        let url = folder.appendingPathComponent("astuces.csv")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("a 30-row CSV writes 30 cards named from a column, each with its alt text")
    func thirty() throws {
        let data = try Self.csv(), out = Support.temporaryFolder()
        let run = Support.run(["cards", "--root", Support.root.path, "--data", data.path, "--map", "title=Astuce", "text=Détail", "name=id", "--style", "moderne", "--output", out.path])
        #expect(run.status == 0, "\(run.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files.filter { $0.hasSuffix(".png") }.count == 30, "\(files)")
        #expect(files.contains("astuce-17-square.png") && files.contains("astuce-17-square.txt"))
        let alt = try String(contentsOf: out.appendingPathComponent("astuce-17-square.txt"), encoding: .utf8)
        #expect(Support.words(alt).starts(with: ["Astuce", "17", "proposez", "à", "boire", "Un"]) && Support.words(alt).contains("heures"), "\(alt)")
        guard case .raster(let image) = try PictureDecoder.decode([UInt8](try Data(contentsOf: out.appendingPathComponent("astuce-1-square.png")))) else {
            Issue.record("not a PNG")
            return
        }
        #expect(image.width == 1080 && image.height == 1080)
    }

    @Test("a bad row fails alone, named by its number; the others are written; the exit status says so")
    func badRow() throws {
        let data = try Self.csv(bad: [7]), out = Support.temporaryFolder()
        let run = Support.run(["cards", "--root", Support.root.path, "--data", data.path, "--map", "title=Astuce", "text=Détail", "name=id", "--preset", "square", "og", "--output", out.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("astuces.csv: error: row 7: no title (column \"Astuce\" is empty)"), "\(run.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.filter { $0.hasSuffix(".png") }.count == 29 * 2)
        #expect(!files.contains { $0.hasPrefix("astuce-7-") })
    }

    @Test("JSON rows work the same; an unknown field or column in --map is refused naming the known ones")
    func json() throws {
        let folder = Support.temporaryFolder(), out = Support.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("chiffres.json")
        try #"[{"title": "Une fièvre sur dix vient d'une otite", "figure": "1 sur 10", "name": "otite"}, {"title": 12, "name": "nombre"}, {"name": "vide"}]"#
            .write(to: url, atomically: true, encoding: .utf8)
        let run = Support.run(["cards", "--root", Support.root.path, "--data", url.path, "--style", "nuit", "--output", out.path])
        #expect(run.status == 1)
        #expect(run.errors.contains("row 3: no title"), "\(run.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["nombre-square.png", "nombre-square.txt", "otite-square.png", "otite-square.txt"], "\(files)")
        let bad = Support.run(["cards", "--root", Support.root.path, "--data", url.path, "--map", "titel=name", "--output", out.path])
        #expect(bad.status != 0 && bad.errors.contains("a card has no field \"titel\" (fields: title, text"), "\(bad.errors)")
    }
}

