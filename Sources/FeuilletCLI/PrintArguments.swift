import ArgumentParser
import FeuilletStyle
import FeuilletLayout
import FeuilletPipeline

/// `--press`, `--bleed`, `--marks` and `--fit`, for the commands that lay out articles:
/// the pipeline's options, with the pipeline's defaults.
struct PrintArguments: ParsableArguments {
    @Flag(help: "Make the print shop's file (<format>-press.pdf): PDF/X-4 in CMYK for FOGRA39 (coated paper), with the style's bleed (at least 3 mm), crop marks and dashed fold marks, TrimBox and BleedBox. Without it, the office file: the page is the trim, as an office printer prints it at 100 %.")
    var press = false

    @Option(help: ArgumentHelp("Bleed around the trim of print formats, e.g. 3mm; backgrounds that touch the trim run into it. Default: none in the office file, the style's page.bleed (at least 3 mm) in the press file.",
                               valueName: "length"))
    var bleed: String?

    @Flag(inversion: .prefixedNo, help: "Crop marks (and dashed fold marks) outside the bleed; the PDF page grows to hold them. Default: none in the office file, the style's page.press.marks (on) in the press file.")
    var marks: Bool?

    @Option(help: "When the article is too long for a fixed-size format (dl, trifold): digest sets the text smaller, never under a 12 pt body, and if that is not enough sets the essentials (title, short answer, key messages, lists) with the QR code of the full article, saying what it left out; shrink sets the whole text smaller step by step, down to the style's page.min-scale, and says by how much; none fails and names what did not fit.")
    var fit: PrintOptions.Fit = RenderOptions().fit

    func validate() throws {
        _ = try bleedLength()
    }

    /// The target `--format` names, made the press file's with `--press`.
    func target(_ format: Target) throws -> Target {
        guard press else { return format }
        guard let target = format.press else { throw ValidationError("--press: \(format.name) is not a print format (the press file is for \(PrintFormat.all.map(\.name).joined(separator: ", ")))") }
        return target
    }

    /// The pipeline's options as the flags set them.
    func options(strict: Bool = RenderOptions().strict) throws -> RenderOptions {
        RenderOptions(fit: fit, bleed: try bleedLength(), marks: marks, strict: strict)
    }

    private func bleedLength() throws -> Double? {
        guard let bleed else { return nil }
        guard let points = RenderOptions.bleed(parsing: bleed) else { throw ValidationError("--bleed: \"\(bleed)\" is not \(RenderOptions.bleedRange)") }
        return points
    }
}
