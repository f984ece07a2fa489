import Testing
import FeuilletLayout
import FeuilletTestSupport

@Suite("Contact sheet layout")
struct ContactSheetLayoutTests {
    /// Thumbnails 168 px square (as the batch leaves them) of one variant.
    static func entry(cards: Int) -> ContactSheetLayout.Entry {
        let image = Image(width: 168, height: 168, stride: 168 * 4, pixels: [UInt8](repeating: 200, count: 168 * 168 * 4))
        return ContactSheetLayout.Entry(images: Array(repeating: image, count: cards), label: ["moderne", "card-square"])
    }

    @Test("a variant of many cards is cut into cells of thumbnails at half their box or more, every card shown, on the page, numbered",
          arguments: [3, 30, 200])
    func manyCards(cards: Int) {
        let sheet = ContactSheetLayout(engine: Support.pipeline.engine)
        let pages = sheet.layout(groups: [.init(title: "astuces", entries: [Self.entry(cards: cards)])])
        var sizes: [Size] = [], text: [String] = []
        for page in pages {
            page.frame.walk { origin, placed in
                switch placed.item {
                case .image(_, let size):
                    sizes.append(size)
                    #expect(origin.x >= 0 && origin.y >= 0 && origin.x + size.width <= page.size.width && origin.y + size.height <= page.size.height)
                case .text(let line): text.append(line.text)
                default: break
                }
            }
        }
        #expect(sizes.count == cards)
        #expect(sizes.allSatisfy { $0.width >= sheet.thumbnailBox / 2 - 0.01 }, "\(sizes.map(\.width).min() ?? 0)")
        // Cut only when they do not fit across: the cells say which cards they hold.
        #expect(text.contains { $0.hasSuffix("/ \(cards)") } == (cards > 3), "\(text)")
    }
}
