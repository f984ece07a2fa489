/// Pixels in Cairo's layout (a native-endian 32-bit word per pixel, rows `stride` bytes
/// apart): RGB24, or premultiplied ARGB32 when the picture has transparency. A thumbnail
/// of a rendered page, or a photo or logo of an article or a style.
public struct Image: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var stride: Int
    public var pixels: [UInt8]
    /// The pixels carry alpha (a PNG with transparency).
    public var hasAlpha: Bool
    /// The photo's own JPEG file, embedded in PDF and SVG as it is (no re-encoding); the
    /// pixels are what PNG output draws.
    public var jpeg: [UInt8]?
    /// The EXIF orientation (1…8): how the stored pixels are turned to be seen upright.
    public var orientation: Int
    /// A hash of the file the pixels were decoded from (nil for pixels Feuillet drew): what
    /// a PNG's photo, reduced once to the pixels it covers, is kept under for the next card.
    public var contentKey: UInt64?

    public init(width: Int, height: Int, stride: Int, pixels: [UInt8], hasAlpha: Bool = false, jpeg: [UInt8]? = nil, orientation: Int = 1,
                contentKey: UInt64? = nil) {
        self.width = width
        self.height = height
        self.stride = stride
        self.pixels = pixels
        self.hasAlpha = hasAlpha
        self.jpeg = jpeg
        self.orientation = (1...8).contains(orientation) ? orientation : 1
        self.contentKey = contentKey
    }

    /// Orientations 5 to 8 turn the picture a quarter: width and height swap.
    public var quarterTurned: Bool { orientation >= 5 }
    /// Pixels across and down as the picture is seen.
    public var shownWidth: Int { quarterTurned ? height : width }
    public var shownHeight: Int { quarterTurned ? width : height }
}

/// An SVG picture: drawn by librsvg as vectors at any size.
public struct VectorImage: Sendable, Equatable {
    public var svg: [UInt8]
    /// Its own size (width and height, or its view box), in points: its proportions.
    public var size: Size

    public init(svg: [UInt8], size: Size) {
        self.svg = svg
        self.size = size
    }
}

/// A picture an article or a style brings: pixels or vectors.
public enum Picture: Sendable, Equatable {
    case raster(Image)
    case vector(VectorImage)

    /// The least effective resolution a photo is shown at in print: it is never set wider
    /// than its pixels allow at this many pixels per inch.
    public static let minimumPPI = 150.0

    /// Width over height, as it is seen.
    public var aspect: Double {
        switch self {
        case .raster(let image): Double(image.shownWidth) / Double(max(1, image.shownHeight))
        case .vector(let vector): vector.size.width / max(0.01, vector.size.height)
        }
    }

    /// The widest it may be set, in points: what its pixels hold at `minimumPPI`; vectors
    /// have no limit.
    public var maximumWidth: Double {
        switch self {
        case .raster(let image): Double(image.shownWidth) * 72 / Self.minimumPPI
        case .vector: .infinity
        }
    }

    /// The item that draws it at `size`.
    public func item(_ size: Size) -> FrameItem {
        switch self {
        case .raster(let image): .image(image, size)
        case .vector(let vector): .vector(vector, size)
        }
    }
}
