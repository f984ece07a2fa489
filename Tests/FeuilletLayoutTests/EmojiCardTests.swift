import Foundation
import Testing
import FeuilletPipeline
import FeuilletTestSupport
import FeuilletLayout
import FeuilletRender

@Suite("Emoji on cards")
struct EmojiCardTests {
    /// An article file of `text`, in a folder of its own.
    static func article(_ text: String) throws -> String {
        let path = Support.temporaryFolder().appendingPathComponent("emoji.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("🚑 in a carousel item is drawn in colour from Fonts/' emoji font, and said as a note, not a fallback warning")
    func ambulance() throws {
        let path = try Self.article("""
            ---
            title: "Quand appeler le 15 ?"
            summary: "Les signes qui ne trompent pas."
            ---

            - **🚑 Appelez le 15** : si votre enfant respire mal ;
            - **Consultez** : si la fièvre dure plus de 3 jours.
            """)
        let rendition = try Support.pipeline.render(try Support.typeset("classique", article: path), target: Target(name: "carousel-square")!)
        #expect(rendition.findings.contains { $0.rule == Preflight.emojiRule && $0.severity == .note && $0.message.contains("🚑") }, "\(rendition.findings)")
        #expect(!rendition.findings.contains { $0.rule == Preflight.fontFallbackRule || $0.rule == "missing-glyph" }, "\(rendition.findings)")
        let slide = rendition.pages[1]
        let line = try #require(LayoutDump.pages([slide])[0].items.first { $0.text?.hasPrefix("🚑") == true })
        guard case .raster(let image) = try PictureDecoder.decode(try PNGExporter().render(slide)) else { Issue.record("not pixels"); return }
        // The ambulance's blue cross: a pixel far bluer than red, where the line starts (the
        // card is cream and dark red; a hex box or a grey glyph has none).
        let px = 4.0 / 3, box = line.rect
        var blue = 0
        for x in stride(from: box.x, to: box.x + box.height, by: 1) {
            for y in stride(from: box.y, to: box.maxY, by: 1) {
                let c = image.color(atShown: x * px, y * px)
                if c.blue - c.red > 0.4 { blue += 1 }
            }
        }
        #expect(blue > 20, "no coloured pixel in the emoji's box \(box)")
    }

    @Test("❤️ (with its variation selector 16) is drawn in colour even where the text face has a monochrome ❤ of its own; ❤ alone stays the text's")
    func presentation() throws {
        // Inter (moderne's text and display face) has its own black ❤ (U+2764).
        let path = try Self.article("""
            ---
            title: "Le cœur"
            summary: "Ce qu'il faut savoir."
            ---

            - **❤️ Votre cœur** : il bat plus vite à l'effort ;
            - **❤ Le repos** : il ralentit la nuit.
            """)
        let rendition = try Support.pipeline.render(try Support.typeset("moderne", article: path), target: Target(name: "carousel-square")!)
        #expect(rendition.findings.contains { $0.rule == Preflight.emojiRule && $0.message.contains("❤️") }, "\(rendition.findings)")
        func redPixels(_ slide: Page, _ prefix: String) throws -> Int {
            let line = try #require(LayoutDump.pages([slide])[0].items.first { $0.text?.hasPrefix(prefix) == true })
            guard case .raster(let image) = try PictureDecoder.decode(try PNGExporter().render(slide)) else { Issue.record("not pixels"); return 0 }
            // The heart's own red, where the line starts (moderne's text is near black and its accent blue).
            let px = 4.0 / 3, box = line.rect
            var red = 0
            for x in stride(from: box.x, to: box.x + box.height, by: 1) {
                for y in stride(from: box.y, to: box.maxY, by: 1) {
                    let c = image.color(atShown: x * px, y * px)
                    if c.red - max(c.green, c.blue) > 0.4 { red += 1 }
                }
            }
            return red
        }
        #expect(try redPixels(rendition.pages[1], "❤️") > 20, "the emoji ❤️ is not drawn in colour")
        #expect(try redPixels(rendition.pages[2], "❤ ") == 0, "❤ without its variation selector is the text face's own glyph")
    }

    @Test("an emoji in a leaflet is a warning: Cairo 1.16 draws it in a PDF as a picture too large for its line")
    func leaflet() throws {
        let path = try Self.article("---\ntitle: Urgences\n---\n\nAppelez le 15 🚑 si votre enfant respire mal.\n")
        let rendition = try Support.pipeline.render(try Support.typeset("moderne", article: path), target: .a4)
        #expect(rendition.findings.contains { $0.rule == Preflight.emojiRule && $0.severity == .warning && $0.message.contains("keep emoji to cards") }, "\(rendition.findings)")
    }
}
