import Foundation
import FeuilletModel
import FeuilletStyle
import FeuilletLayout
import FeuilletTypesetting

/// Bulk cards (Canva's Bulk Create): one title card per row of a data file at each preset,
/// in a style, each named from a column. A row that cannot be made (no title, a text too
/// long for the card, a photo outside the data's folder) fails alone, named by its number.
public struct DataCards {
    /// What became of one row.
    public struct Outcome {
        public var row: Int
        public var files: [URL] = []
        public var findings: [Finding] = []
        /// What `make`'s `thumbnail` made of each card written, in the order of `files` (a
        /// batch's contact sheet): small, where a thousand rows' pages with their photos are not.
        public var thumbnails: [[UInt8]] = []
        /// Why the row made no card, as "row N: …".
        public var error: String?
    }

    public let pipeline: Pipeline
    /// The rule of a row that made no card, in a batch's findings.
    public static let rowRule = "data-row"

    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    /// Writes `<name>-<preset>.<type>` (and its alt text) into `folder` for every row, PNGs
    /// saying `dpi` as `cards --dpi` does, and keeps `thumbnail` of each card.
    public func make(_ data: CardData, mapping: [String: String], style: StyleSheet, presets: [CardPreset], type: FileType,
                     into folder: URL, options: RenderOptions = RenderOptions(), dpi: Int? = nil,
                     thumbnail: ((Page) throws -> [UInt8])? = nil) throws -> [Outcome] {
        let columns = try data.columns(mapping: mapping)
        var named: [String: Int] = [:]
        return data.rows.map { row in
            var outcome = Outcome(row: row.number)
            let name = data.name(row, columns: columns)
            if let first = named[name] {
                outcome.error = "row \(row.number): its name \"\(name)\" is row \(first)'s too: give each row its own"
                return outcome
            }
            named[name] = row.number
            do {
                let document = try data.document(row, columns: columns).get()
                let typeset = style.typeset(document)
                for preset in presets {
                    let rendition = try pipeline.render(typeset, target: .cards(.title, preset), options: options)
                    outcome.findings += rendition.findings
                    outcome.files += try pipeline.write(rendition, as: type, to: folder.appendingPathComponent("\(name)-\(preset.name).\(type.rawValue)"), dpi: dpi)
                    if let thumbnail { outcome.thumbnails += try rendition.pages.map(thumbnail) }
                }
            } catch let diagnostic as Diagnostic {
                outcome.error = diagnostic.message
            } catch {
                outcome.error = "row \(row.number): \(ErrorWords.describe(error))"
            }
            // A row that failed at one preset leaves none of its cards.
            if outcome.error != nil {
                for url in outcome.files { unlink(url.path); unlink(PageFiles.altTextFile(of: url).path) }
                outcome.files = []
                outcome.thumbnails = []
            }
            return outcome
        }
    }
}
