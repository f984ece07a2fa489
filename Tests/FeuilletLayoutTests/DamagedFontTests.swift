import Foundation
import Testing
import FeuilletLayout
import FeuilletPipeline
import FeuilletTestSupport

/// A font file of Fonts/ that FreeType cannot read is an error naming it, never a family
/// silently drawn in its bold face or as empty boxes; a restored file is read again.
@Suite("Damaged fonts", .serialized)
struct DamagedFontTests {
    /// A project with two families (DejaVu Serif and Sans) and a style of the built-in
    /// defaults, which use DejaVu Serif only.
    func project() throws -> (root: URL, font: URL, style: URL) {
        let root = Support.temporaryFolder()
        for family in ["DejaVuSerif", "DejaVuSans"] {
            let fonts = root.appendingPathComponent("Fonts/\(family)")
            try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
            for file in try FileManager.default.contentsOfDirectory(atPath: Support.root.appendingPathComponent("Fonts/\(family)").path) {
                try FileManager.default.copyItem(at: Support.root.appendingPathComponent("Fonts/\(family)/\(file)"), to: fonts.appendingPathComponent(file))
            }
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Styles"), withIntermediateDirectories: true)
        let style = root.appendingPathComponent("Styles/serif.yml")
        try "roles:\n  body: { family: DejaVu Serif }\n".write(to: style, atomically: true, encoding: .utf8)
        return (root, root.appendingPathComponent("Fonts/DejaVuSerif/DejaVuSerif.ttf"), style)
    }

    func render(_ root: URL, style: URL) throws -> Rendition {
        let pipeline = Pipeline(workspace: try Workspace(root: root))
        let (typeset, _) = try pipeline.typeset(article: Support.article, style: style.path)
        return try pipeline.render(typeset, target: .a4)
    }

    @Test("a truncated Regular face is an error naming the file, before and after the font cache was made; restored, it is used again")
    func truncated() throws {
        let (root, font, style) = try project()
        let good = try Data(contentsOf: font)
        _ = try render(root, style: style)  // the cache now knows the intact file
        try good.prefix(1024).write(to: font)
        let workspace = try Workspace(root: root)
        #expect(workspace.fonts.damaged.map(\.file) == [font.path])
        do {
            _ = try render(root, style: style)
            Issue.record("rendered with a damaged font")
        } catch let failure as FontLibrary.Failure {
            #expect("\(failure)".hasPrefix("the font file \(font.path) cannot be read"), "\(failure)")
            #expect("\(failure)".contains("DejaVu Serif"))
        }
        try good.write(to: font)
        let restored = try render(root, style: style)
        #expect(FontCheck.problems(in: restored.pages).isEmpty)
        #expect(try Workspace(root: root).fonts.damaged.isEmpty)
    }

    @Test("a damaged file of a family the style does not use stops nothing, and `fonts` names it")
    func otherFamily() throws {
        let (root, _, style) = try project()
        let sans = root.appendingPathComponent("Fonts/DejaVuSans/DejaVuSans.ttf")
        try Data(count: 1024).write(to: sans)
        #expect(try render(root, style: style).pages.count >= 1)
        #expect(try Workspace(root: root).fonts.damaged.map(\.file) == [sans.path])
    }
}
