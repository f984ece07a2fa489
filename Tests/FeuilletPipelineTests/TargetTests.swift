import Foundation
import Testing
import FeuilletLayout
import FeuilletPipeline
import FeuilletTestSupport

@Suite("Targets: names, files and file types")
struct TargetTests {
    @Test("every target's name parses back to it", arguments: Target.defaults + PrintFormat.all.map { Target.print($0) } + PrintFormat.all.map { Target.print($0, press: true) }
          + CardKind.allCases.map { Target.cards($0, CardPreset(named: "og")!) } + [Target.card(CardPreset(named: "1080x1350")!)])
    func names(_ target: Target) {
        #expect(Target(name: target.name) == target)
    }

    @Test("names that are no target are refused")
    func unknownNames() {
        for name in ["a3", "card", "card-", "carousel-huge", "title-square", "key-10x10", "", "a3-press", "card-square-press", "-press"] {
            #expect(Target(name: name) == nil, "\(name)")
        }
    }

    @Test("the press file: its own name and file (a4-press.pdf), a PDF only; cards have none")
    func pressFile() throws {
        let press = try #require(Target.a4.press)
        #expect(press == .print(.a4, press: true) && press.isPress && !Target.a4.isPress)
        #expect(press.name == "a4-press" && Target(name: "trifold-press") == .print(.trifold, press: true))
        #expect(press.files(pages: 2, type: .pdf) == ["a4-press.pdf"])
        #expect(press.types == [.pdf] && press.defaultType == .pdf)
        #expect(throws: FileType.Mismatch.self) { try FileType.choose(requested: .png, output: nil, target: press) }
        #expect(Target.cardSquare.press == nil)
        let location = OutputLocation(folder: URL(fileURLWithPath: "/tmp/out"))
        #expect(location.files(press, pages: 1, type: .pdf).map(\.lastPathComponent) == ["a4-press.pdf"])
    }

    @Test("files: one PDF, or numbered pages and slides; a one-page card is one file")
    func files() {
        #expect(Target.a4.files(pages: 3, type: .pdf) == ["a4.pdf"])
        #expect(Target.a4.files(pages: 2, type: .png) == ["a4-1.png", "a4-2.png"])
        #expect(Target.a4.files(pages: 1, type: .svg) == ["a4-1.svg"])
        #expect(Target.cardSquare.files(pages: 1, type: .png) == ["card-square.png"])
        let carousel = Target(name: "carousel-portrait")!
        #expect(carousel.files(pages: 3, type: .png) == ["carousel-portrait-01.png", "carousel-portrait-02.png", "carousel-portrait-03.png"])
        #expect(carousel.firstFile(type: .png) == "carousel-portrait-01.png")
        #expect(Target.a4.files(stem: "leaflet", pages: 2, type: .png) == ["leaflet-1.png", "leaflet-2.png"])
    }

    @Test("a file type follows --type, else --output's extension, else the target's; a mismatch is refused")
    func fileTypes() throws {
        #expect(try FileType.choose(requested: nil, output: nil, target: .a4) == .pdf)
        #expect(try FileType.choose(requested: nil, output: nil, target: .cardSquare) == .png)
        #expect(try FileType.choose(requested: nil, output: URL(fileURLWithPath: "x/a4.svg"), target: .a4) == .svg)
        #expect(throws: FileType.Mismatch.self) { try FileType.choose(requested: .pdf, output: URL(fileURLWithPath: "a4.png"), target: .a4) }
        #expect(throws: FileType.Mismatch.self) { try FileType.choose(requested: nil, output: URL(fileURLWithPath: "card.pdf"), target: .cardSquare) }
        #expect(throws: FileType.Mismatch.self) { try FileType.choose(requested: .pdf, output: nil, target: .cardSquare) }
    }

    @Test("output folders are <output>/<article>/<style>, from file names only")
    func locations() {
        let root = URL(fileURLWithPath: "/tmp/out")
        let location = OutputLocation(root: root, article: "../../Articles/fièvre.md", style: "Styles/nuit.yml")
        #expect(location.folder.path == "/tmp/out/fièvre/nuit")
        #expect(location.files(.a4, pages: 1, type: .pdf).map(\.lastPathComponent) == ["a4.pdf"])
    }
}
