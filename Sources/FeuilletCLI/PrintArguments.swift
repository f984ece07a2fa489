import ArgumentParser
import FeuilletStyle
import FeuilletLayout
import FeuilletPipeline

/// `--bleed`, `--marks` and `--fit`, for the commands that lay out articles: the
/// pipeline's options, with the pipeline's defaults.
struct PrintArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Bleed around the trim of print formats, e.g. 3mm; backgrounds that touch the trim run into it. Default: the style's page.bleed.",
                               valueName: "length"))
    var bleed: String?

    @Flag(help: "Draw crop marks (and fold marks) outside the bleed; the PDF page grows to hold them.")
    var marks = false

    @Option(help: "When the article is too long for a fixed-size format (dl, trifold): shrink sets the text smaller step by step, down to the style's page.min-scale, and says by how much; none fails and names what did not fit.")
    var fit: PrintOptions.Fit = RenderOptions().fit

    func validate() throws {
        _ = try bleedLength()
    }

    /// The pipeline's options as the flags set them.
    func options(strict: Bool = RenderOptions().strict) throws -> RenderOptions {
        RenderOptions(fit: fit, bleed: try bleedLength()?.points(), marks: marks, strict: strict)
    }

    private func bleedLength() throws -> Length? {
        guard let bleed else { return nil }
        guard let length = Length(parsing: bleed), !length.isRelative, length.value >= 0, length.points() <= Length.mm(10).points() else {
            throw ValidationError("--bleed: \"\(bleed)\" is not a length from 0 to 10mm (use mm, pt, cm or in)")
        }
        return length
    }
}
