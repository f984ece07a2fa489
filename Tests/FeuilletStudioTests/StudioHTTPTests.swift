import Foundation
import Testing
import FeuilletStudio
import FeuilletStyle
import FeuilletTestSupport

/// The studio's endpoints as a browser (or a hostile page, or another program) meets them,
/// through real requests on the loopback interface.
@Suite(.serialized) struct StudioHTTPTests {
    static let article = "metastases.md"

    @Test func pagesAndDataHaveTheirTypes() async throws {
        try await RunningStudio.with { studio in
            let page = try studio.request("/")
            #expect(page.status == 200)
            #expect(page.type == "text/html; charset=utf-8")
            let html = String(decoding: page.body, as: UTF8.self)
            #expect(html.contains("<meta name=\"feuillet-token\" content=\"\(studio.server.token)\">"))
            #expect(!html.contains("http://") && !html.contains("https://"), "the page loads nothing from elsewhere")
            #expect(try studio.request("/studio.js").type == "text/javascript; charset=utf-8")
            #expect(try studio.request("/studio.css").type == "text/css; charset=utf-8")
            let list = try studio.request("/api/articles")
            #expect(list.status == 200 && list.type == "application/json")
            let files = try JSONDecoder().decode([[String: String]].self, from: list.body).compactMap { $0["file"] }
            #expect(files.contains(Self.article))
            #expect(try studio.request("/nowhere").status == 404)
        }
    }

    @Test func everyAnswerForbidsOtherSources() async throws {
        try await RunningStudio.with { studio in
            let headers = try Support.tool(["curl", "-s", "-D", "-", "-o", "/dev/null", studio.base + "/"]).output.lowercased()
            #expect(headers.contains("content-security-policy: default-src 'self'"))
            #expect(headers.contains("x-content-type-options: nosniff"))
        }
    }

    @Test func aHostOtherThanThisMachineIsRefused() async throws {
        try await RunningStudio.with { studio in
            // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1.
            let rebound = try studio.request("/api/articles", headers: ["Host: evil.example:\(studio.port)"])
            #expect(rebound.status == 403)
            #expect(!String(decoding: rebound.body, as: UTF8.self).contains(Self.article))
            #expect(try studio.request("/", headers: ["Host: 127.0.0.1:\(studio.port + 1)"]).status == 403)
            #expect(try studio.request("/api/articles", headers: ["Host: localhost:\(studio.port)"]).status == 200)
        }
    }

    @Test func aChangeNeedsTheOriginAndTheToken() async throws {
        try await RunningStudio.with { studio in
            let file = studio.root.appendingPathComponent("Articles/\(Self.article)")
            let before = try Data(contentsOf: file)
            let edited = Data(String(decoding: before, as: UTF8.self).replacingOccurrences(of: "cancer", with: "tumeur").utf8)
            let path = "/api/articles/\(Self.article)/text"
            #expect(try studio.request(path, method: "PUT", body: edited).status == 403, "no Origin, no token")
            #expect(try studio.request(path, method: "PUT", headers: ["Origin: http://evil.example", "X-Feuillet-Token: \(studio.server.token)"], body: edited).status == 403)
            #expect(try studio.request(path, method: "PUT", headers: ["Origin: \(studio.base)", "X-Feuillet-Token: 0"], body: edited).status == 403)
            #expect(try Data(contentsOf: file) == before, "nothing refused was written")
            #expect(try studio.request(path, method: "PUT", headers: studio.pageHeaders, body: edited).status == 204)
            #expect(try Data(contentsOf: file) == edited)
            #expect(try studio.request(path).body == edited)
        }
    }

    @Test func pathsOutsideTheProjectFoldersAreNotFound() async throws {
        try await RunningStudio.with { studio in
            try Data("secret".utf8).write(to: studio.root.appendingPathComponent("secret.md"))
            for path in ["/api/articles/..%2Fsecret.md/text", "/api/articles/../secret.md/text", "/api/articles/%2Fetc%2Fpasswd/text",
                         "/picture/..%2FStyles%2Fclassique.yml/classique/a4/1", "/picture/\(Self.article)/..%2F..%2Fsecret/a4/1",
                         "/download/\(Self.article)/classique/..%2F..%2Fsecret/pdf"] {
                let answer = try studio.request(path, pathAsIs: true)
                #expect(answer.status == 404, "\(path)")
                #expect(!String(decoding: answer.body, as: UTF8.self).contains("secret"), "\(path)")
            }
            let write = try studio.request("/api/articles/..%2Fescaped.md/text", method: "PUT", headers: studio.pageHeaders, body: Data("x".utf8))
            #expect(write.status == 404)
            #expect(!FileManager.default.fileExists(atPath: studio.root.appendingPathComponent("escaped.md").path))
        }
    }

    @Test func anOversizedBodyIsRefused() async throws {
        try await RunningStudio.with { studio in
            let file = studio.root.appendingPathComponent("Articles/\(Self.article)")
            let before = try Data(contentsOf: file)
            let huge = Data(repeating: UInt8(ascii: "a"), count: 3_000_000)
            let answer = try studio.request("/api/articles/\(Self.article)/text", method: "PUT", headers: studio.pageHeaders, body: huge)
            #expect(answer.status == 413)
            #expect(try Data(contentsOf: file) == before)
        }
    }

    @Test func picturesAndFilesOfAVariant() async throws {
        try await RunningStudio.with { studio in
            let variants = try studio.request("/api/articles/\(Self.article)/variants")
            #expect(variants.status == 200)
            let views = try JSONDecoder().decode([VariantView].self, from: variants.body)
            #expect(Set(views.map(\.key.target)) == Set(Studio.targets.map(\.name)))
            #expect(Set(views.map(\.key.style)) == Set(Support.workspace.styles.availableStyles()))
            // The picture appears once the render thread has made it.
            var picture = try studio.request("/picture/\(Self.article)/classique/a4/1")
            for _ in 0..<300 where picture.status != 200 {
                try await Task.sleep(for: .milliseconds(100))
                picture = try studio.request("/picture/\(Self.article)/classique/a4/1")
            }
            #expect(picture.status == 200 && picture.type == "image/png")
            #expect(picture.body.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            #expect(try studio.request("/picture/\(Self.article)/classique/a4/99").status == 404)
            let pdf = try studio.request("/download/\(Self.article)/classique/a4/pdf")
            #expect(pdf.status == 200 && pdf.type == "application/pdf")
            let saved = studio.root.appendingPathComponent("a4.pdf")
            try pdf.body.write(to: saved)
            #expect(try Support.tool(["qpdf", "--check", saved.path]).status == 0)
            #expect(try Support.tool(["pdftotext", saved.path, "-"]).output.contains("métastase"))
            #expect(try studio.request("/download/\(Self.article)/classique/card-square/pdf").status == 404, "cards are never PDF")
        }
    }
}

/// What the page changes besides the article: a style's colours and fonts, a new article
/// from a scraped page.
@Suite(.serialized) struct StudioEditTests {
    @Test func aStylesColourIsWrittenBackWithItsComments() async throws {
        try await RunningStudio.with { studio in
            let file = studio.root.appendingPathComponent("Styles/moderne.yml")
            let before = try String(contentsOf: file, encoding: .utf8)
            let fields = try studio.request("/api/styles/moderne/fields")
            #expect(fields.status == 200 && fields.type == "application/json")
            let paths = try JSONDecoder().decode([StyleFields.Field].self, from: fields.body).map(\.path)
            #expect(paths.contains("palette.accent") && paths.contains("fonts.text"))

            let path = "/api/styles/moderne/fields"
            let refused = try studio.request(path, method: "PUT", headers: studio.pageHeaders + ["Content-Type: application/json"], body: Data(#"{"palette.accent": "bleu"}"#.utf8))
            #expect(refused.status == 422)
            #expect(String(decoding: refused.body, as: UTF8.self).contains("Styles/moderne.yml:"))
            let unknownFont = try studio.request(path, method: "PUT", headers: studio.pageHeaders, body: Data(#"{"fonts.text": "Comic Sans"}"#.utf8))
            #expect(unknownFont.status == 422)
            #expect(try String(contentsOf: file, encoding: .utf8) == before, "nothing refused was written")
            #expect(try studio.request(path, method: "PUT", body: Data(##"{"palette.accent": "#c0392b"}"##.utf8)).status == 403)

            let saved = try studio.request(path, method: "PUT", headers: studio.pageHeaders, body: Data(##"{"palette.accent": "#c0392b"}"##.utf8))
            #expect(saved.status == 204)
            #expect(try String(contentsOf: file, encoding: .utf8) == before.replacingOccurrences(of: "accent: \"#0b57d0\"", with: "accent: \"#c0392b\""))
            #expect(!(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)).contains { $0.hasSuffix(".check") })
        }
    }

    @Test func aScrapedPageBecomesAnArticle() async throws {
        try await RunningStudio.with { studio in
            let scraped = try Data(contentsOf: Support.fixtures("FeuilletModelTests").appendingPathComponent("metastases-article.txt"))
            let made = try studio.request("/api/import", method: "POST", headers: studio.pageHeaders, body: scraped)
            #expect(made.status == 201 && made.type == "application/json")
            let file = try JSONDecoder().decode([String: String].self, from: made.body)["file"] ?? ""
            #expect(file.hasSuffix(".md") && !file.contains("/"))
            let text = try String(contentsOf: studio.root.appendingPathComponent("Articles/\(file)"), encoding: .utf8)
            #expect(text.hasPrefix("---\ntitle:"))
            #expect(String(decoding: try studio.request("/api/articles").body, as: UTF8.self).contains(file))
            #expect(try studio.request("/api/import", method: "POST", body: scraped).status == 403)
        }
    }
}


/// A change on disk redoes the variants made from the changed file, and only those.
@Suite(.serialized) struct StudioLiveTests {
    @Test func aStyleChangeRedoesOnlyThatStylesVariants() async throws {
        try await RunningStudio.with { studio in
            let article = "metastases.md"
            func views() throws -> [VariantView] {
                try JSONDecoder().decode([VariantView].self, from: try studio.request("/api/articles/\(article)/variants").body)
            }
            func poll(_ done: ([VariantView]) -> Bool) async throws -> [VariantView] {
                for _ in 0..<1200 {
                    let now = try views()
                    if done(now) { return now }
                    try await Task.sleep(for: .milliseconds(100))
                }
                return try views()
            }
            let made = try await poll { $0.allSatisfy { $0.state != .waiting } }
            #expect(made.allSatisfy { $0.state != .waiting })
            let before = Dictionary(uniqueKeysWithValues: made.map { ($0.key, $0.version) })

            let sheet = studio.root.appendingPathComponent("Styles/nuit.yml")
            try (try String(contentsOf: sheet, encoding: .utf8) + "\n# touched\n").write(to: sheet, atomically: true, encoding: .utf8)
            let after = try await poll { views in views.filter { $0.key.style == "nuit" }.allSatisfy { $0.version > before[$0.key]! } }
            #expect(after.filter { $0.key.style == "nuit" }.allSatisfy { $0.version > before[$0.key]! }, "every nuit variant is redone")
            #expect(after.filter { $0.key.style != "nuit" }.allSatisfy { $0.version == before[$0.key]! }, "no variant of another style is")

            // A broken sheet: the error where the variant was, the last good pictures kept.
            try "roles: [\n".write(to: sheet, atomically: true, encoding: .utf8)
            let broken = try await poll { views in views.filter { $0.key.style == "nuit" }.allSatisfy { $0.state == .failed } }
            let a4 = try #require(broken.first { $0.key.style == "nuit" && $0.key.target == "a4" })
            #expect(a4.state == .failed)
            #expect(a4.problems.first?.place.hasPrefix("Styles/nuit.yml:") == true, "\(a4.problems)")
            #expect(a4.pictureVersion > 0 && a4.pictureVersion < a4.version)
            #expect(try studio.request("/picture/\(article)/nuit/a4/1").type == "image/png", "the last good picture is still served")
        }
    }
}
