import ArgumentParser
import Foundation
import FeuilletLayout
import FeuilletModel
import FeuilletPipeline

struct Cards: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "Writes social-media cards of an article: title, key message, quote and carousel, for each preset.",
        discussion: """
            Presets: \(CardPreset.all.map { "\($0.name) (\($0.width)×\($0.height))" }.joined(separator: ", ")), or any WxH. \
            Each card's alt text is written beside it (card-square.png, card-square.txt).

            Files go to Output/<article>/<style>/: card-<preset>.png (title card), key-<preset>.png, quote-<preset>.png, \
            carousel-<preset>-01.png… Text shrinks to fit its box down to half the style's size; a card that still \
            cannot hold its text fails with the card and the text named. Kinds the article has no content for are \
            skipped unless asked for with --kind.

            With --data FILE (CSV or a JSON array of objects) instead of an article: one title card per row, its \
            fields (\(CardData.fields.joined(separator: ", "))) read from the columns of those names or as --map \
            says (--map title=Astuce text=Détail name=id), written <name>-<preset>.png into Output/<data>/<style>/; \
            a row that cannot be made fails alone, named by its number (exit status 1).
            """)

    @Argument(help: "The article (.md or scraped .txt); none with --data.")
    var article: String?

    @Option(help: "A CSV or JSON file: one card per row (bulk cards).")
    var data: String?

    @Option(name: .customLong("map"), parsing: .upToNextOption, help: "With --data: field=column, for fields whose column has another name.")
    var mapping: [String] = []

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
            if let data { return try bulk(data, presets: chosen, pipeline: pipeline) }
            guard let article else { throw ValidationError("give an article, or --data FILE") }
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

    /// `--data`: a card per row; each bad row named, the others written.
    private func bulk(_ file: String, presets: [CardPreset], pipeline: Pipeline) throws {
        guard article == nil else { throw ValidationError("give an article or --data, not both") }
        let mapping = try Dictionary(self.mapping.map { pair -> (String, String) in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--map \(pair): write field=column") }
            return (parts[0], parts[1])
        }, uniquingKeysWith: { _, b in b })
        let sheet = try pipeline.workspace.styles.load(style)
        let folder = output.map { URL(fileURLWithPath: $0) }
            ?? OutputLocation(root: pipeline.workspace.outputFolder, article: file, style: sheet.name).folder
        let outcomes = try DataCards(pipeline: pipeline).make(try CardData.read(file), mapping: mapping, style: sheet, presets: presets, type: type,
                                                              into: folder, options: RenderOptions(strict: strictness.strict), dpi: dpi)
        for outcome in outcomes {
            Reporting.warn(outcome.findings, source: "\(file): row \(outcome.row)")
            if let error = outcome.error { Reporting.warn("\(file): error: \(error)") }
            for url in outcome.files { print(url.path) }
        }
        let failed = outcomes.filter { $0.error != nil }.count
        if failed > 0 { throw ExitCode(1) }
    }
}
