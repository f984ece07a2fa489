import Foundation
import FeuilletLayout
import FeuilletModel
import FeuilletPipeline
import FeuilletRender
import FeuilletStyle
import FeuilletTypesetting

/// Makes one job at a time, the same in the batch's own process and in a worker: reads
/// an article or a style once, on first use, sets an article's text in a style once, and
/// for each job renders through the pipeline and writes its files.
final class JobRunner {
    let pipeline: Pipeline
    /// Where the jobs' files go.
    let output: URL
    let options: RenderOptions

    private var documents = Memo<Result<(Document, [Diagnostic]), Error>>()
    private var styles = Memo<Result<StyleSheet, Error>>()
    private var typeset = Memo<TypesetDocument>()
    private var data = Memo<Result<CardData, Error>>()

    init(workspace: Workspace, output: URL, options: RenderOptions) {
        pipeline = Pipeline(workspace: workspace)
        self.output = output
        self.options = options
    }

    /// Lays the job out, writes its files and the thumbnails of its pages for the contact
    /// sheet. Never throws: a failure is the result's.
    func perform(_ job: BatchJob) -> BatchResult {
        let start = DispatchTime.now().uptimeNanoseconds
        var result = BatchResult(key: job.key, article: job.articleName, style: job.styleName, target: job.target.name,
                                 status: .written)
        do {
            if let mapping = job.mapping { return finish(try dataCards(job, mapping: mapping, result), start) }
            let workspace = pipeline.workspace
            let (document, imported) = try documents.value(job.article) { Result { try workspace.loadArticle(job.article, strict: options.strict) } }.get()
            result.language = document.metadata.lang
            let sheet = try styles.value(job.style) { Result { try workspace.styles.load(job.style) } }.get()
            result.reads = workspace.reads(document: document, style: sheet)
            let typeset = typeset.value(job.article + "\u{0}" + job.style) { sheet.typeset(document) }
            let rendition = try pipeline.render(typeset, target: job.target, options: job.settings.options(options))
            result.pages = rendition.pages.count
            result.findings = imported.map(Self.finding) + rendition.findings
            let location = job.location(in: output)
            try OutputConfinement.check(location.folder, inside: output)
            // A batch writes print formats as PDF, which has no pixels: dpi is the cards'.
            let files = try pipeline.write(rendition, in: location, dpi: job.target.defaultType == .pdf ? nil : job.settings.dpi)
            result.files = files.map { OutputLocation.relative($0, to: output) }
            try ContactSheet.writeThumbnails(try rendition.pages.map(ContactSheet.thumbnail), of: result, output: output)
        } catch let error as CardComposer.Failure {
            // A card the article has no content for: skipped, as `cards` skips it.
            guard case .nothingToShow = error else { fail(error, &result, job: job); return finish(result, start) }
            result.status = .skipped
            result.reason = "\(error)"
            removeOlderFiles(of: job, &result)
        } catch {
            fail(error, &result, job: job)
        }
        return finish(result, start)
    }

    /// A data file's cards at the job's preset in its style (`DataCards`, as `cards --data`):
    /// a row that cannot be made is an error finding naming it, the others are written;
    /// files of rows no longer in the data are removed.
    private func dataCards(_ job: BatchJob, mapping: [String: String], _ result: BatchResult) throws -> BatchResult {
        guard case .cards(_, let preset) = job.target else { return result }
        var result = result
        let rows = try data.value(job.article) { Result { try CardData.read(job.article) } }.get()
        let sheet = try styles.value(job.style) { Result { try pipeline.workspace.styles.load(job.style) } }.get()
        let location = job.location(in: output)
        try OutputConfinement.check(location.folder, inside: output)
        let outcomes = try DataCards(pipeline: pipeline).make(rows, mapping: mapping, style: sheet, presets: [preset], type: .png,
                                                              into: location.folder, options: job.settings.options(options), dpi: job.settings.dpi,
                                                              thumbnail: ContactSheet.thumbnail)
        var made: Set<String> = []
        var thumbnails: [[UInt8]] = []
        for outcome in outcomes {
            thumbnails += outcome.thumbnails
            result.findings += outcome.findings.map { Finding($0.severity, $0.rule, "row \(outcome.row): \($0.message)") }
            if let error = outcome.error { result.findings.append(Finding(.error, DataCards.rowRule, error)) }
            made.formUnion(outcome.files.flatMap { [$0.lastPathComponent, PageFiles.altTextFile(of: $0).lastPathComponent] })
            result.files += outcome.files.map { OutputLocation.relative($0, to: output) }
        }
        let endings = [FileType.png.rawValue, PageFiles.altTextExtension].map { "-\(preset.name).\($0)" }
        for old in (try? FileManager.default.contentsOfDirectory(atPath: location.folder.path)) ?? []
        where endings.contains(where: old.hasSuffix) && !made.contains(old) {
            unlink(location.folder.appendingPathComponent(old).path)
        }
        // Every row's card on the contact sheet, in the order of the data.
        result.pages = thumbnails.count
        try ContactSheet.writeThumbnails(thumbnails, of: result, output: output)
        return result
    }

    private func finish(_ result: BatchResult, _ start: UInt64) -> BatchResult {
        var result = result
        result.milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        return result
    }

    private func fail(_ error: Error, _ result: inout BatchResult, job: BatchJob) {
        result.status = .failed
        result.error = ErrorWords.describe(error)
        result.stopsBatch = (error as? AtomicFile.WriteFailure)?.stopsEverything == true
        removeOlderFiles(of: job, &result)
    }

    /// No older file of the job stays, looking like what these inputs make.
    private func removeOlderFiles(of job: BatchJob, _ result: inout BatchResult) {
        do { try pipeline.removeFiles(of: job.target, in: job.location(in: output)) } catch {
            let words = "its older files stay: \(error)"
            if result.status == .failed { result.error! += "; and " + words } else { result.reason! += "; " + words }
        }
    }

    /// A warning or error of the article's import (file:line:column), as a finding of the job.
    static func finding(_ diagnostic: Diagnostic) -> Finding {
        Finding(diagnostic.severity == .error ? .error : .warning, "article", diagnostic.description)
    }
}
