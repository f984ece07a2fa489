import Synchronization
internal import CPangoCairo
import FeuilletLayout

/// A photo drawn smaller on a pixel surface, as the pixels it covers there: Cairo's good
/// filter shrinking a photo by more than a quarter is a convolution over every pixel it
/// covers (pixman's slow general path: a 2000 × 1500 photo on a 1080 card cost more than
/// all the rest of the card but its PNG encoding). It is done once, into a surface of the
/// covered pixels, and kept: the next card showing the same file at the same place (another
/// style, a rerun, the bench) copies those pixels. The pixels are the same as drawing the
/// photo directly (the same filter, transform and coverage, at the same place), so a card
/// is the same whether its photo was reduced now or before.
struct ReducedPhoto: Hashable, Sendable {
    /// The file's hash and the stored pixels' orientation.
    var contentKey: UInt64
    var orientation: Int
    /// Where the photo lands on the surface, in its pixels (fractions included).
    var x, y, width, height: Double
    /// The pixels to make: the covered ones inside the clip.
    var left, top, columns, rows: Int

    /// Where `image` at `size` from `o` falls on `cr`'s surface, when it is a pixel surface,
    /// the photo is shrunk (not enlarged, turned or sheared) and it has a file's key.
    static func placement(on cr: OpaquePointer, _ image: Image, size: Size, at o: Point) -> ReducedPhoto? {
        guard let key = image.contentKey, let target = cairo_get_target(cr), cairo_surface_get_type(target) == CAIRO_SURFACE_TYPE_IMAGE else { return nil }
        var m = cairo_matrix_t()
        cairo_get_matrix(cr, &m)
        guard m.xy == 0, m.yx == 0, m.xx > 0, m.yy > 0 else { return nil }
        let x = m.xx * o.x + m.x0, y = m.yy * o.y + m.y0, width = m.xx * size.width, height = m.yy * size.height
        guard width < Double(image.shownWidth), height < Double(image.shownHeight) else { return nil }
        // The clip's extents on the surface.
        cairo_save(cr)
        cairo_identity_matrix(cr)
        var (cx1, cy1, cx2, cy2) = (0.0, 0.0, 0.0, 0.0)
        cairo_clip_extents(cr, &cx1, &cy1, &cx2, &cy2)
        cairo_restore(cr)
        let left = Int(max(x, cx1).rounded(.down)), top = Int(max(y, cy1).rounded(.down))
        let right = Int(min(x + width, cx2).rounded(.up)), bottom = Int(min(y + height, cy2).rounded(.up))
        guard right > left, bottom > top else { return nil }
        return ReducedPhoto(contentKey: key, orientation: image.orientation, x: x, y: y, width: width, height: height,
                            left: left, top: top, columns: right - left, rows: bottom - top)
    }

    /// Premultiplied ARGB32 pixels, `columns * 4` bytes a row.
    final class Pixels: Sendable {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    /// The last photos reduced in this process, the least recently used dropped first: at
    /// most `maximumEntries` and `maximumBytes` (eight story-sized photos).
    static let maximumEntries = 8
    static let maximumBytes = 8 * 1080 * 1920 * 4
    private struct Kept {
        var entries: [ReducedPhoto: (pixels: Pixels, used: Int)] = [:]
        var clock = 0
        var bytes = 0
    }
    private static let kept = Mutex(Kept())

    /// The reduced pixels, made with `make` when they are not kept.
    func pixels(_ make: () throws -> [UInt8]) rethrows -> Pixels {
        if let hit = Self.kept.withLock({ kept -> Pixels? in
            kept.clock += 1
            guard let entry = kept.entries[self] else { return nil }
            kept.entries[self]!.used = kept.clock
            return entry.pixels
        }) { return hit }
        let pixels = Pixels(try make())
        Self.kept.withLock { kept in
            guard kept.entries[self] == nil else { return }
            kept.entries[self] = (pixels, kept.clock)
            kept.bytes += pixels.bytes.count
            while kept.entries.count > Self.maximumEntries || kept.bytes > Self.maximumBytes,
                  let oldest = kept.entries.min(by: { $0.value.used < $1.value.used }) {
                kept.bytes -= oldest.value.pixels.bytes.count
                kept.entries[oldest.key] = nil
            }
        }
        return pixels
    }
}
