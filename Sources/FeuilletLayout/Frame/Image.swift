/// Pixels in Cairo's RGB24 layout (a native-endian 32-bit word per pixel, rows `stride`
/// bytes apart): what a thumbnail of a rendered page is, ready to be drawn again.
public struct Image: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var stride: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, stride: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.stride = stride
        self.pixels = pixels
    }
}
