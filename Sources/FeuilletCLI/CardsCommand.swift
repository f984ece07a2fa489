import ArgumentParser
import Foundation
import FeuilletLayout
import FeuilletRender

struct Cards: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes social-media cards of an article: title, key message, quote and carousel, for each preset.",
        discussion: """
            Presets: \(CardPreset.all.map { "\($0.name) (\($0.width)×\($0.height))" }.joined(separator: ", ")), or any WxH.
            Files go to Output/<article>/<style>/: card-<preset>.png (title card), key-<preset>.png, quote-<preset>.png,
            carousel-<preset>-01.png… Text shrinks to fit its box down to half the style's size; a card that still
            cannot hold its text fails with the card and the text named. Kinds the article has no content for are
            skipped unless asked for with --kind.
            """)

    @Argument(help: "The article (.md or scraped .txt).")
    var article: String

    @Option(help: "Style name from Styles/ or path to a .yml file.")
    var style: String = "classique"

    @Option(name: .customLong("preset"), parsing: .upToNextOption, help: "Presets (or `all`).")
    var presets: [String] = ["square"]

    @Option(name: .customLong("kind"), parsing: .upToNextOption, help: "Kinds: \(CardKind.allCases.map(\.rawValue).joined(separator: ", ")) (default: every kind the article has).")
    var kinds: [CardKind] = []

    @Option(help: "Output folder (default Output/<article>/<style>).")
    var output: String?

    @Option(help: "Resolution written in the PNG (pHYs chunk), for printing.")
    var dpi: Int?

    @Option(help: "File type: png, or svg (Cairo's SVG: text drawn as outlines, not selectable).")
    var type: OutputType = .png

    @OptionGroup var project: ProjectOptions

    func run() throws {
        try Reporting.run {
            let chosen = try presets.flatMap { name -> [CardPreset] in
                if name == "all" { return CardPreset.all }
                guard let preset = CardPreset(named: name) else {
                    throw ValidationError("unknown preset \"\(name)\": use \(CardPreset.all.map(\.name).joined(separator: ", ")), all, or WxH")
                }
                return [preset]
            }
            let workspace = try Workspace(root: URL(fileURLWithPath: project.root), extraFontFolders: project.fontDirs)
            let (document, warnings) = try workspace.loadArticle(article)
            Reporting.warn(warnings)
            let sheet = try workspace.styles.load(style)
            let renderer = Renderer(workspace: workspace)
            let typeset = sheet.typeset(document)
            let name = URL(fileURLWithPath: article).deletingPathExtension().lastPathComponent
            let folder = output.map { URL(fileURLWithPath: $0) } ?? workspace.outputFolder.appendingPathComponent("\(name)/\(sheet.name)")
            guard type != .pdf else { throw ValidationError("cards are images: --type png or svg") }
            let png = PNGExporter(dpi: dpi)
            for preset in chosen {
                for kind in kinds.isEmpty ? CardKind.allCases : kinds {
                    let pages: [Page]
                    do {
                        pages = try renderer.cards(kind, preset: preset, typeset: typeset)
                    } catch CardComposer.Failure.nothingToShow(let card, let hint) where kinds.isEmpty {
                        Reporting.warn("\(article): note: no \(card) card (\(hint))")
                        continue
                    }
                    for (n, page) in pages.enumerated() {
                        let file = Self.fileName(kind, preset: preset, slide: pages.count > 1 ? n + 1 : nil, type: type)
                        let url = folder.appendingPathComponent(file)
                        try type == .svg ? SVGExporter().write(page, to: url) : png.write(page, to: url)
                        print(folder.appendingPathComponent(file).path)
                    }
                }
            }
        }
    }

    static func fileName(_ kind: CardKind, preset: CardPreset, slide: Int?, type: OutputType = .png) -> String {
        let stem = kind == .title ? "card" : kind.rawValue
        return "\(stem)-\(preset.name)" + (slide.map { String(format: "-%02d", $0) } ?? "") + ".\(type.rawValue)"
    }
}

extension CardKind: ExpressibleByArgument {}
