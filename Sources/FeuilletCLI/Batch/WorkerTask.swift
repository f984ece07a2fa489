import Foundation
import FeuilletLayout

/// What a worker process is asked to do, and what it answers, one JSON line per job.
/// Worker processes, not threads: Cairo 1.16's FreeType face cache is not safe when
/// several threads draw with more than ten font files, and a batch's styles use more.
struct WorkerTask: Codable {
    struct Job: Codable {
        var article: String, articleName: String, style: String, styleName: String, target: String, write: Bool
    }

    var root: String
    var fontFolders: [String]
    var output: String
    var strict: Bool
    var thumbnails: Bool
    /// Where the worker leaves its thumbnails' pixels (a JSON line would be slow to carry them).
    var scratch: String
    var jobs: [Job]
}

/// One finished job as a worker reports it; the thumbnail's pixels are in a file.
struct WorkerLine: Codable {
    var result: BatchResult
    var thumbnail: Thumbnail?

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
}
