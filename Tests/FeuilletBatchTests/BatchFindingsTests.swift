import Foundation
import Testing
@testable import FeuilletBatch
import FeuilletLayout
import FeuilletPipeline
import FeuilletTestSupport

/// A batch tells everything: every finding of every job in the summary and the report,
/// skipped cards as skipped, a dry run that reads what it plans, a manifest that sets what
/// `render` sets.
@Suite("Batch: findings, skipped jobs, dry run, manifest settings")
struct BatchFindingsTests {
    static let feuillet = Support.root.appendingPathComponent(".build/debug/feuillet").path

    func run(_ project: BatchTests.Project) throws -> (report: BatchReport, summary: String) {
        var batch = BatchRun(manifest: try BatchManifest(file: project.manifest.path), workers: 1)
        batch.quiet = true
        let report = try batch.run(Support.workspace).report
        return (report, report.summary)
    }

    @Test("the summary counts every finding by rule (not-shown, contrast…) with its messages, and the report holds them all")
    func summaryGroupsFindings() throws {
        let project = try BatchTests.Project(styles: ["pale": "extends: classique\nroles:\n  body: { color: \"#d0d0d0\" }\n",
                                                      "bleu": "extends: classique\n"], formats: "[a4, card-square]")
        let article = project.folder.appendingPathComponent("Articles/metastases.md")
        try (String(contentsOf: article, encoding: .utf8) + "\nUne note[^1].\n\n<div>bloc</div>\n\n[^1]: Le texte de la note.\n")
            .write(to: article, atomically: true, encoding: .utf8)
        let (report, summary) = try run(project)
        let notShown = report.outputs.flatMap(\.findings).filter { $0.rule == "not-shown" }
        #expect(notShown.count >= 8, "\(notShown)")
        // One line per rule with its count and the jobs it came from, then each message once.
        #expect(summary.contains("error: not-shown: \(notShown.count) in 4 jobs"), "\(summary)")
        let messages = Set(notShown.map(\.message))
        for message in messages.prefix(BatchReport.examples) { #expect(summary.contains("  \(message) (4 jobs ("), "\(summary)") }
        let contrast = report.outputs.flatMap(\.findings).filter { $0.rule == "contrast" && $0.severity == .error }
        #expect(!contrast.isEmpty)
        #expect(summary.contains("error: contrast: \(contrast.count) in "), "\(summary)")
        // The report on disk holds the same findings, structured.
        let saved = try project.report().outputs.flatMap(\.findings)
        #expect(saved == report.outputs.flatMap(\.findings))
    }

    @Test("a card kind the article has no content for is skipped with the reason, not failed; the batch exits 0")
    func skippedCards() throws {
        let project = try BatchTests.Project(styles: ["bleu": "extends: classique\n"], formats: "[a4, quote-square]")
        let (report, summary) = try run(project)
        #expect(report.failed.isEmpty)
        let skipped = try #require(report.skipped.first)
        #expect(report.skipped.count == 1 && skipped.target == "quote-square")
        #expect(skipped.reason?.contains("add `quote:` to the front matter") == true, "\(skipped.reason ?? "")")
        #expect(summary.contains("1 skipped, 0 failed"), "\(summary)")
        #expect(summary.contains("skipped: metastases/bleu/quote-square: card quote-square: nothing to show"), "\(summary)")
        let cli = try Support.tool([Self.feuillet, "batch", project.manifest.path, "--root", Support.root.path, "--quiet", "--force", "--jobs", "1"])
        #expect(cli.status == 0, "\(cli.output)")
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent("metastases/bleu/quote-square.png").path))
    }

    @Test("--dry-run reads every article and style: an unknown style is an error with \"did you mean\" and exit 1")
    func dryRunValidates() throws {
        let project = try BatchTests.Project(styles: ["bleu": "extends: classique\n"], formats: "[a4]")
        try "articles: [Articles/*.md]\nstyles: [modern, Styles/bleu.yml]\nformats: [a4]\noutput: out\n".write(to: project.manifest, atomically: true, encoding: .utf8)
        let bad = try Support.tool([Self.feuillet, "batch", project.manifest.path, "--root", Support.root.path, "--dry-run"])
        #expect(bad.status == 1, "\(bad.output)")
        #expect(bad.output.contains("style \"modern\" not found; did you mean \"moderne\"?"), "\(bad.output)")
        #expect(bad.output.contains("2 jobs"))
        // An article that cannot be read is named too.
        try "---\ntitle: [\n---\n".write(to: project.folder.appendingPathComponent("Articles/casse.md"), atomically: true, encoding: .utf8)
        try "articles: [Articles/*.md]\nstyles: [Styles/bleu.yml]\nformats: [a4]\noutput: out\n".write(to: project.manifest, atomically: true, encoding: .utf8)
        let article = try Support.tool([Self.feuillet, "batch", project.manifest.path, "--root", Support.root.path, "--dry-run"])
        #expect(article.status == 1, "\(article.output)")
        #expect(article.output.contains("casse.md:"), "\(article.output)")
        try FileManager.default.removeItem(at: project.folder.appendingPathComponent("Articles/casse.md"))
        let good = try Support.tool([Self.feuillet, "batch", project.manifest.path, "--root", Support.root.path, "--dry-run"])
        #expect(good.status == 0, "\(good.output)")
        #expect(!FileManager.default.fileExists(atPath: project.output.path), "a dry run wrote files")
    }

    @Test("a manifest sets fit, bleed, marks, press and dpi for every job or per format, and presets per card kind")
    func manifestSettings() throws {
        let project = try BatchTests.Project(styles: ["bleu": "extends: classique\n"], formats: "[]")
        try """
            articles: [Articles/metastases.md]
            styles: [Styles/bleu.yml]
            fit: digest
            dpi: 300
            formats: [a4, { format: trifold, bleed: 3mm, marks: true, fit: shrink }, { format: card, presets: [square, story] }, { format: dl, press: true }]
            output: out
            """.write(to: project.manifest, atomically: true, encoding: .utf8)
        let manifest = try BatchManifest(file: project.manifest.path)
        #expect(manifest.targets.map(\.name) == ["a4", "trifold", "card-square", "card-story", "dl-press"])
        #expect(manifest.settings(for: .a4) == JobSettings(fit: .digest, dpi: 300))
        let trifold = manifest.settings(for: .print(.trifold))
        #expect(trifold.fit == .shrink && trifold.marks == true && trifold.dpi == 300 && abs((trifold.bleed ?? 0) - 8.504) < 0.01)
        let plan = try BatchRun(manifest: manifest, workers: 1).plan(Support.workspace)
        #expect(plan.jobs.first { $0.target == .print(.trifold) }?.settings == trifold)
        let (report, _) = try run(project)
        #expect(report.failed.isEmpty, "\(report.failed.map { $0.error ?? "" })")
        // The trifold has its bleed and marks: the PDF page is larger than A4 landscape.
        let info = try Support.tool(["pdfinfo", project.output.appendingPathComponent("metastases/bleu/trifold.pdf").path]).output
        let size = try #require(info.split(separator: "\n").first { $0.hasPrefix("Page size:") })
        #expect(!size.contains("841.89 x 595.276"), "\(size)")
        let office = try Support.tool(["pdfinfo", project.output.appendingPathComponent("metastases/bleu/a4.pdf").path]).output
        #expect(office.contains("595.276 x 841.89 pts (A4)"), "\(office)")
        // dpi is written in the cards' PNG (pHYs: 300 dpi is 11811 pixels a metre).
        let png = try Data(contentsOf: project.output.appendingPathComponent("metastases/bleu/card-square.png"))
        let phys = try #require(png.range(of: Data("pHYs".utf8)))
        #expect(png[phys.upperBound..<phys.upperBound + 4].reduce(0) { $0 << 8 | Int($1) } == 11811)
    }

    @Test("unknown manifest keys and values are errors with their line and \"did you mean\"", arguments: [
        ("fitt: digest\n", #"lot.yml:5:1: error: fitt: unknown key; did you mean "fit"?"#),
        ("fit: digets\n", #"fit: "digets" is not one of none, shrink, digest; did you mean "digest"?"#),
        ("bleed: 3km\n", #"bleed: "3km" is not a length from 0 to 10mm"#),
        ("dpi: lots\n", "dpi: expected a whole number from 36 to 600"),
        ("formats: [{ format: a4, bleeds: 3mm }]\n", #"formats: bleeds: unknown key; did you mean "bleed"?"#),
        ("formats: [a6]\n", #""a6" is not a format (a4, a5, dl, trifold, "#),
        ("formats: [{ format: key, presets: [squre] }]\n", #"presets: "squre" is not a preset"#),
        ("formats: [a4, { format: a4, fit: none }]\n", "a4 is asked for twice with different settings"),
    ])
    func badSettings(line: String, expected: String) throws {
        let project = try BatchTests.Project(formats: "[a4]")
        var text = try String(contentsOf: project.manifest, encoding: .utf8)
        if line.hasPrefix("formats:") { text = text.replacingOccurrences(of: "formats: [a4]\n", with: "") }
        try (text + "\n" + line).write(to: project.manifest, atomically: true, encoding: .utf8)
        do {
            _ = try BatchManifest(file: project.manifest.path)
            Issue.record("accepted \(line)")
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
        }
    }

    @Test("report.json: paths relative to the output folder, no escaped slashes")
    func relativePaths() throws {
        let project = try BatchTests.Project(styles: ["bleu": "extends: classique\n"], formats: "[a4]")
        _ = try run(project)
        let text = try String(contentsOf: project.output.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(!text.contains("\\/"), "\(text)")
        #expect(try project.report().outputs.flatMap(\.files) == ["metastases/bleu/a4.pdf"])
        #expect(!text.contains(project.folder.path))
    }
}
