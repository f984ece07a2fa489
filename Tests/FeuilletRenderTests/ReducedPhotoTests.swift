import Foundation
import Testing
@testable import FeuilletRender
import FeuilletLayout
import FeuilletStyle
import FeuilletTestSupport

/// A photo drawn smaller on a PNG is reduced once and kept; what is drawn must not change.
@Suite("Photos reduced once on pixel surfaces")
struct ReducedPhotoTests {
    /// The sample article's 2000 × 1500 photo covering a card at a fractional place, inside a clip.
    static func card(_ image: Image) -> Page {
        let size = Size(width: 810, height: 810)
        var photo = Frame(size: size)
        photo.add(.image(image, Size(width: 1080.3, height: 810.2)), at: Point(x: -123.37, y: -0.41))
        var frame = Frame(size: size)
        frame.add(.group(photo, clip: Rect(x: 0, y: 0, width: 810, height: 810)), at: .zero)
        return Page(size: size, frame: frame)
    }

    static func photo() throws -> Image {
        let bytes = [UInt8](try Data(contentsOf: Support.root.appendingPathComponent("Articles/images/salle-attente.jpg")))
        guard case .raster(let image) = try PictureDecoder.decode(bytes) else { throw PictureError(message: "not pixels") }
        return image
    }

    static func pixels(_ png: [UInt8]) throws -> [UInt8] {
        guard case .raster(let image) = try PictureDecoder.decode(png) else { throw PictureError(message: "not pixels") }
        return image.pixels
    }

    @Test("the reduced photo's pixels are those of the photo drawn directly, the first time and from what was kept")
    func samePixels() throws {
        let keyed = try Self.photo()
        #expect(keyed.contentKey != nil)
        var direct = keyed
        direct.contentKey = nil  // pixels Feuillet did not read from a file: drawn directly
        let reference = try Self.pixels(try PNGExporter().render(Self.card(direct)))
        let first = try PNGExporter().render(Self.card(keyed)), again = try PNGExporter().render(Self.card(keyed))
        #expect(try Self.pixels(first) == reference)
        #expect(first == again)
    }

    @Test("a page mostly photo is told from a type card (its PNG takes zlib's largest hash table)")
    func photographic() throws {
        let keyed = try Self.photo()
        var direct = keyed
        direct.contentKey = nil
        #expect(PNGExporter.photographic(Self.card(keyed)) && !PNGExporter.photographic(Self.card(direct)))
    }
}
