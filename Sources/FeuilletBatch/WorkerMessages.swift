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
        var write: Bool, thumbnail: Bool
    }

    /// The contact sheet as `type` (pdf or png), from thumbnails the workers left in files.
    struct Sheet: Codable {
        var type: String
        var folder: String
        var entries: [SheetEntry]
    }

    struct SheetEntry: Codable {
        var thumbnail: Thumbnail
        var label: [String]
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
    var thumbnail: Thumbnail?
    /// Why the contact sheet could not be made.
    var error: String?
}

/// A thumbnail's pixels, in a file of the batch's scratch folder: a JSON line would be
/// slow to carry them.
struct Thumbnail: Codable {
    var width: Int, height: Int, stride: Int, file: String

    init(_ image: Image, file: URL) throws {
        (width, height, stride, self.file) = (image.width, image.height, image.stride, file.path)
        try Data(image.pixels).write(to: file)
    }

    var image: Image? {
        FileManager.default.contents(atPath: file).map { Image(width: width, height: height, stride: stride, pixels: [UInt8]($0)) }
    }
}
