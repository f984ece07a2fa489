import ArgumentParser
import Foundation
import FeuilletLayout
import FeuilletPipeline

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

    @Option(help: "Resolution written in the PNG (pHYs chunk), for printing: \(PageResolution.range.lowerBound)–\(PageResolution.range.upperBound) dpi. The card keeps its preset's pixels.")
    var dpi: Int?

    @Option(help: "File type: png, or svg (Cairo's SVG: text drawn as outlines, not selectable).")
    var type: FileType = .png

    @OptionGroup var project: ProjectOptions
    @OptionGroup var strictness: StrictOption

    func run() throws {
        try Reporting.run {
            let chosen = try presets.flatMap { name -> [CardPreset] in
                if name == "all" { return CardPreset.all }
                guard let preset = CardPreset(named: name) else {
                    throw ValidationError("unknown preset \"\(name)\": use \(CardPreset.all.map(\.name).joined(separator: ", ")), all, or WxH")
                }
                return [preset]
            }
            let pipeline = Pipeline(workspace: try project.workspace())
            let (typeset, warnings) = try pipeline.typeset(article: article, style: style, strict: strictness.strict)
            Reporting.warn(warnings)
            var location = OutputLocation(root: pipeline.workspace.outputFolder, article: article, style: typeset.style.name)
            if let output { location = OutputLocation(folder: URL(fileURLWithPath: output)) }
            for preset in chosen {
                for kind in kinds.isEmpty ? CardKind.allCases : kinds {
                    let target = Target.cards(kind, preset)
                    _ = try FileType.choose(requested: type, output: nil, target: target)
                    let rendition: Rendition
                    do {
                        rendition = try pipeline.render(typeset, target: target, options: RenderOptions(strict: strictness.strict))
                    } catch CardComposer.Failure.nothingToShow(let card, let hint) where kinds.isEmpty {
                        Reporting.warn("\(article): note: no \(card) card (\(hint))")
                        continue
                    }
                    Reporting.warn(rendition.findings, source: article)
                    for file in try pipeline.write(rendition, as: type, in: location, dpi: dpi) { print(file.path) }
                }
            }
        }
    }
}
