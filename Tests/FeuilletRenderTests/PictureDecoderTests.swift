import Foundation
import Testing
@testable import FeuilletRender
import FeuilletLayout
import FeuilletTestSupport

/// Picture files as the decoder meets them: what it reads, and what it refuses in words.
@Suite("Picture files")
struct PictureDecoderTests {
    static func svg(_ body: String) -> [UInt8] {
        Array("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"40\" height=\"20\">\(body)</svg>".utf8)
    }

    @Test("a shipped logo is a vector picture of its own proportions", arguments: ["classique", "moderne", "nuit", "grand-caractere"])
    func logo(style: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Support.root.appendingPathComponent("Styles/logos/\(style).svg")))
        guard case .vector(let image) = try PictureDecoder.decode(bytes) else { Issue.record("not a vector picture"); return }
        #expect(image.size.width > image.size.height)
    }

    @Test("an SVG with text, or one that refers to another file, is refused in words",
          arguments: [("<text x=\"1\" y=\"10\">CHU</text>", "has text"), ("<g><tspan>a</tspan></g>", "has text"),
                      ("<image href=\"file:///etc/passwd\" width=\"4\" height=\"4\"/>", "refers to another file"),
                      ("<image xlink:href=\"https://example.org/a.png\" width=\"4\" height=\"4\"/>", "refers to another file")])
    func refused(body: String, words: String) {
        #expect { try PictureDecoder.decode(Self.svg(body)) } throws: { ($0 as? PictureError)?.message.contains(words) == true }
    }

    @Test("an SVG drawing shapes, gradients and its own elements (#id) is read")
    func accepted() throws {
        let body = "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient><rect id=\"r\" width=\"4\" height=\"4\"/></defs>"
            + "<use href=\"#r\"/><rect width=\"40\" height=\"20\" fill=\"url(#g)\"/><image href=\"data:image/png;base64,iVBORw0KGgo=\"/>"
        #expect(throws: Never.self) { _ = try PictureDecoder.decode(Self.svg(body)) }
    }
}
