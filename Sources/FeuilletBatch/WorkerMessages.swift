import Foundation
import FeuilletLayout

/// What the batch asks a worker process (`feuillet batch-worker`), one JSON line at a time
/// on its standard input: a job, or one file of the contact sheet. Worker processes, not
/// threads: Cairo 1.16's FreeType face cache is not safe when several threads draw with
/// more than ten font files, and a batch's styles use more.
struct WorkerRequest: Codable {
    struct Job: Codable {
        var article: String, style: String, target: String
        var settings: JobSettings
        /// A data file's cards: the column of each field.
        var mapping: [String: String]?
    }

    /// The contact sheet as `type` (pdf or png), from the report written in `output` and
    /// the thumbnails beside it.
    struct Sheet: Codable {
        var type: String
        var output: String
    }

    var job: Job?
    var sheet: Sheet?

    /// A target name the batch sent and this worker does not know (another version).
    struct Unknown: Error, CustomStringConvertible {
        var target: String
        var description: String { "the worker does not know the target \"\(target)\"" }
    }
}

/// A worker's answer to one request, one JSON line on its standard output.
struct WorkerAnswer: Codable {
    /// The job's result; for a contact sheet, nil.
    var result: BatchResult?
    /// The files the job read besides its article and style (`BatchResult.reads`).
    var reads: [String]?
    /// Why the contact sheet could not be made.
    var error: String?
}
