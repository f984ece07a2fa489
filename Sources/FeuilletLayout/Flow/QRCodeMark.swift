internal import CQrencode
import FeuilletStyle

/// An address as a QR code (libqrencode, error correction M): drawn as an SVG of black
/// squares on a white ground with the 4-module quiet zone the standard asks for, so it is
/// vectors in PDF and SVG files and reads on any page colour. At least 15 mm wide.
enum QRCodeMark {
    static let quietZone = 4
    static let minimumWidth = Length.mm(15).points()

    /// The address's QR code, or nil when it is too long for one (over a few kilobytes).
    static func picture(_ address: String) -> Picture? {
        guard let code = QRcode_encodeString(address, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let n = Int(code.pointee.width), side = n + 2 * quietZone
        var path = ""
        for row in 0..<n {
            // A module is black when bit 0 of its byte is set; runs on a row make one rectangle.
            var column = 0
            while column < n {
                guard code.pointee.data[row * n + column] & 1 == 1 else { column += 1; continue }
                let start = column
                while column < n && code.pointee.data[row * n + column] & 1 == 1 { column += 1 }
                path += "M\(start + quietZone) \(row + quietZone)h\(column - start)v1h-\(column - start)z"
            }
        }
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(side)" height="\(side)" viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges">\
            <rect width="\(side)" height="\(side)" fill="#ffffff"/><path d="\(path)" fill="#000000"/></svg>
            """
        return .vector(VectorImage(svg: Array(svg.utf8), size: Size(width: Double(side), height: Double(side))))
    }
}
