import Foundation
import Testing
import FeuilletTestSupport

/// The studio in a real browser (headless chromium): the sample article's variants appear,
/// and a word changed in the article on disk appears in the refreshed A4 variant's layout
/// (the text of its pictures) without a reload. The screenshot is written to
/// `.build/artefacts/studio.png` (or where `FEUILLET_STUDIO_SCREENSHOT` says: the README's
/// picture is made so).
@Suite(.serialized) struct StudioBrowserTests {
    static let article = "metastases.md"
    static let screenshot = ProcessInfo.processInfo.environment["FEUILLET_STUDIO_SCREENSHOT"].map { URL(fileURLWithPath: $0) }
        ?? Support.root.appendingPathComponent(".build/artefacts/studio.png")

    @Test func anEditOnDiskShowsInThePage() async throws {
        try await RunningStudio.with { studio in
            let browser = try HeadlessChromium(url: "\(studio.base)/#article=\(Self.article)", width: 1440, height: 1000)
            // Every variant of every style is on the page, and the A4 one is drawn.
            let first = try browser.evaluate(Self.waitFor("card.dataset.state === 'ready' && card.querySelector('img')?.complete")) as? [String: Any]
            #expect(first?["found"] as? Bool == true)
            let cards = try browser.evaluate("document.querySelectorAll('.variant').length") as? Int
            #expect(cards == 4 * 10)
            #expect((first?["text"] as? String)?.contains("pronostic") == true)
            let version = first?["version"] as? String ?? ""

            let file = studio.root.appendingPathComponent("Articles/\(Self.article)")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "pronostic", with: "horizon").write(to: file, atomically: true, encoding: .utf8)
            let changed = Date()
            let after = try browser.evaluate(Self.waitFor("card.dataset.version !== '\(version)' && card.dataset.text.includes('horizon')", seconds: 2)) as? [String: Any]
            let seconds = Date().timeIntervalSince(changed)
            #expect(after?["found"] as? Bool == true, "the new word was not in the A4 variant's layout within 2 s")
            #expect((after?["text"] as? String)?.contains("pronostic") == false)
            print("studio: the A4 variant showed the edit \(String(format: "%.2f", seconds)) s after the file changed")

            // The screenshot once every variant is made and drawn.
            _ = try browser.evaluate(Self.waitFor("[...document.querySelectorAll('.variant')].every((c) => c.dataset.state !== 'waiting') && [...document.images].every((i) => i.complete)"))
            try FileManager.default.createDirectory(at: Self.screenshot.deletingLastPathComponent(), withIntermediateDirectories: true)
            let png = try browser.screenshot()
            try png.write(to: Self.screenshot)
            #expect(png.count > 20_000, "a screenshot with the pictures drawn")
        }
    }

    /// A script that waits (polling every 20 ms, at most `seconds`) until `condition` holds for
    /// the classique A4 card, and gives back what it shows.
    static func waitFor(_ condition: String, seconds: Double = 60) -> String {
        """
        new Promise((resolve) => {
          const until = Date.now() + \(Int(seconds * 1000));
          const look = () => {
            const card = document.querySelector('.variant[data-key="classique/a4"]');
            if (card && (\(condition))) return resolve({ found: true, version: card.dataset.version, text: card.dataset.text });
            if (Date.now() > until) return resolve({ found: false, text: card ? card.dataset.text : null });
            setTimeout(look, 20);
          };
          look();
        })
        """
    }
}
