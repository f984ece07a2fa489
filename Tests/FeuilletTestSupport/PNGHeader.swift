import Foundation

/// What a PNG file says of itself: the pixel size of its IHDR and the resolution of its
/// pHYs chunk in dots per inch, if it has one (read from the bytes, as a viewer does).
public struct PNGHeader {
    public var width: Int, height: Int, dpi: Int?

    public init(_ url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        func number(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        let phys = (0..<bytes.count - 4).first { bytes[$0..<$0 + 4] == [0x70, 0x48, 0x59, 0x73] }
        (width, height, dpi) = (number(16), number(20), phys.map { Int((Double(number($0 + 4)) * 0.0254).rounded()) })
    }
}
