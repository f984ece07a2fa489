import Testing
import FeuilletModel
import FeuilletStyle
import FeuilletPipeline
import FeuilletTestSupport
@testable import FeuilletLayout

/// A web address too long for its line breaks where a reader still sees it is one address
/// going on (after a slash, before a dot or a hyphen), never with a hyphen added. Here it
/// follows a hard line break, which once left everything after it unmeasured.
@Suite("Addresses at line ends")
struct AddressBreakTests {
    static let address = "https://www.chu-exemple-universitaire.fr/urgences-pediatriques/consultations-du-soir"

    @Test("a long address in a narrow measure: every line fits, the parts join to the address, each break after a slash or before a dot or hyphen",
          arguments: [(90.0, Role.footer), (120, .footer), (150, .body)])
    func breaksInside(width: Double, role: Role) throws {
        let setter = BlockSetter(setter: ParagraphSetter(engine: Support.pipeline.engine, hyphenator: nil, maxConsecutiveHyphens: 2),
                                 style: try Support.workspace.styles.load("classique"))
        let set = setter.paragraph([.text("Article complet en ligne :"), .lineBreak, .link(url: Self.address, [.text(Self.address)])],
                                   role: role, x: 0, width: width, tag: "P")
        let texts: [TextLine] = set.flatMap { line in
            line.pieces.compactMap { if case .item(_, .text(let t)) = $0 { t } else { nil } }
        }
        #expect(texts.allSatisfy { $0.width <= width + 0.01 }, "\(texts.map { ($0.text, $0.width) })")
        #expect(set.allSatisfy { $0.problem == nil }, "\(set.compactMap(\.problem))")
        let parts = texts.map(\.text).drop { !$0.hasPrefix("https") }
        #expect(parts.count > 1 && parts.joined() == Self.address, "\(parts)")
        for (a, b) in zip(parts, parts.dropFirst()) {
            #expect(a.hasSuffix("/") || b.hasPrefix(".") || b.hasPrefix("-"), "\(a) | \(b)")
        }
    }

    @Test("an address written without https:// breaks as an address: never after one of its hyphens, as a hyphenated word would",
          arguments: [150.0, 200, 236])
    func domainAndPath(width: Double) throws {
        let setter = BlockSetter(setter: ParagraphSetter(engine: Support.pipeline.engine, hyphenator: try Support.workspace.hyphenator(for: "fr"), maxConsecutiveHyphens: 2),
                                 style: try Support.workspace.styles.load("classique"))
        let address = "chu-saint-eloi.fr/ambulatoire"
        let set = setter.paragraph([.text("Plus d’informations sur "), .link(url: "https://www." + address, [.text(address)]), .text(".")],
                                   role: .body, x: 0, width: width, tag: "P")
        let texts = set.flatMap { line in line.pieces.compactMap { if case .item(_, .text(let t)) = $0 { t.text } else { nil } } }
        for (a, b) in zip(texts, texts.dropFirst()) {
            #expect(!a.hasSuffix("-"), "\(a) | \(b)")
        }
        #expect(texts.joined(separator: " ").contains("eloi"), "\(texts)")
    }
}
