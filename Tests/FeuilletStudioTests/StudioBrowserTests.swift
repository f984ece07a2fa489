import Foundation
import Testing
import FeuilletTestSupport

/// The studio in a real browser (headless chromium): the sample article's variants appear,
/// and a word changed in the article on disk appears in the refreshed A4 variant's layout
/// (the text of its pictures) without a reload; a click on a variant opens all its pages
/// with their files; a broken edit shows its error and the last good picture, greyed. The
/// screenshots are written to `.build/artefacts/` as `studio.png`, `studio-error.png` and
/// `studio-viewer.png` (or into the folder `FEUILLET_STUDIO_SCREENSHOTS` names: the README's
/// pictures are made so, in `docs/images`).
@Suite(.serialized) struct StudioBrowserTests {
    static let article = "metastases.md"
    static let screenshots = ProcessInfo.processInfo.environment["FEUILLET_STUDIO_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
        ?? Support.root.appendingPathComponent(".build/artefacts")

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
            // The other variants are still being made for the first time: the edit waits for
            // the render under way (not timed here; the issue's 2 s is checked below).
            let after = try browser.evaluate(Self.waitFor("card.dataset.version !== '\(version)' && card.dataset.text.includes('horizon')")) as? [String: Any]
            let seconds = Date().timeIntervalSince(changed)
            #expect(after?["found"] as? Bool == true, "the new word never came to the A4 variant's layout")
            #expect((after?["text"] as? String)?.contains("pronostic") == false)
            print("studio: the A4 variant showed the edit \(String(format: "%.2f", seconds)) s after the file changed")

            // The screenshot once every variant is made and drawn.
            _ = try browser.evaluate(Self.waitFor("[...document.querySelectorAll('.variant')].every((c) => c.dataset.state !== 'waiting') && [...document.images].every((i) => i.complete)"))
            try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
            let png = try browser.screenshot()
            try png.write(to: Self.screenshots.appendingPathComponent("studio.png"))
            #expect(png.count > 20_000, "a screenshot with the pictures drawn")

            // Once every variant is made, an edit is the render thread's only work: the issue
            // asks for the new word on the page within 2 s.
            let shown = try browser.evaluate(Self.waitFor("true")) as? [String: Any]
            try text.replacingOccurrences(of: "pronostic", with: "avenir").write(to: file, atomically: true, encoding: .utf8)
            let again = Date()
            let second = try browser.evaluate(Self.waitFor("card.dataset.version !== '\(shown?["version"] as? String ?? "")' && card.dataset.text.includes('avenir')", seconds: 2)) as? [String: Any]
            #expect(second?["found"] as? Bool == true, "the second edit was not in the A4 variant's layout within 2 s")
            print("studio: with every variant made, the A4 variant showed an edit \(String(format: "%.2f", Date().timeIntervalSince(again))) s after the file changed")

            // The trifold's two sides, large, with the PDF and each side's PNG to download.
            _ = try browser.evaluate("document.querySelector('.variant[data-key=\"classique/trifold\"]').click()")
            let viewer = try browser.evaluate(Self.waitFor("document.getElementById('viewer').open && [...document.querySelectorAll('#viewer-pages img')].length === 2 && [...document.images].every((i) => i.complete)")) as? [String: Any]
            #expect(viewer?["found"] as? Bool == true)
            let links = try browser.evaluate("[...document.querySelectorAll('#downloads a')].map((a) => a.getAttribute('href')).join(' ')") as? String
            #expect(links == "/download/metastases.md/classique/trifold/pdf /download/metastases.md/classique/trifold/png?page=1 /download/metastases.md/classique/trifold/png?page=2")
            try browser.screenshot().write(to: Self.screenshots.appendingPathComponent("studio-viewer.png"))

            _ = try browser.evaluate("document.getElementById('viewer').close()")
            // A broken edit: the error, with its place, where the variant was, and its last
            // good picture beside it, greyed.
            let good = try browser.evaluate(Self.waitFor("true")) as? [String: Any]
            try text.replacingOccurrences(of: "title: \"", with: "title: [\"").write(to: file, atomically: true, encoding: .utf8)
            let failed = try browser.evaluate(Self.waitFor("card.dataset.version !== '\(good?["version"] as? String ?? "")' && card.dataset.state === 'failed'")) as? [String: Any]
            #expect(failed?["found"] as? Bool == true)
            let display = try browser.evaluate("""
                (() => { const card = document.querySelector('.variant[data-key="classique/a4"]');
                         const image = card.querySelector('.strip img');
                         return [card.querySelector('.error')?.textContent ?? '', image ? getComputedStyle(image).filter : 'none'].join(' | '); })()
                """) as? String ?? ""
            #expect(display.hasPrefix("Articles/metastases.md:3:1 — front matter is not valid YAML"), "\(display)")
            #expect(display.hasSuffix("| grayscale(1)"), "\(display)")
            try browser.screenshot().write(to: Self.screenshots.appendingPathComponent("studio-error.png"))
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
