import Foundation
import Testing
@testable import FeuilletLayout
import FeuilletModel
import FeuilletPipeline
import FeuilletTestSupport

/// French page make-up on the A4 leaflet of every shipped style and sample article: space
/// after lists, lead-ins kept with their list, columns that end together, balanced titles.
@Suite("Page make-up: lists, columns, titles")
struct PageBalanceTests {
    static let articles = ["metastases", "fievre-enfant", "vaccination-grippe", "consultations-hopital"]
        .filter { FileManager.default.fileExists(atPath: Support.root.appendingPathComponent("Articles/\($0).md").path) }

    func pages(_ article: String, _ style: String) throws -> (dump: [LayoutDump.PageInfo], style: String) {
        let path = Support.root.appendingPathComponent("Articles/\(article).md").path
        return (LayoutDump.pages(try Support.rendition(.a4, style: style, article: path, options: RenderOptions(bleed: 0)).pages), style)
    }

    /// The text lines that are read (running footers left out), by column: left or right half.
    func columns(_ page: LayoutDump.PageInfo) -> [[LayoutDump.Item]] {
        let read = page.items.filter { $0.kind == "text" && $0.structure != nil && $0.structure != "H1" }
        let middle = page.size.width / 2
        return [read.filter { $0.rect.x < middle }, read.filter { $0.rect.x >= middle }].filter { !$0.isEmpty }
    }

    @Test("after a list, the next block is a paragraph's space away, not the bare leading", arguments: PrintedLeaflet.shippedStyles)
    func spaceAfterLists(style: String) throws {
        let sheet = try Support.workspace.styles.load(style)
        let paragraph = sheet[.body].spaceAfter.points(relativeTo: sheet[.body].size)
        for article in Self.articles {
            for page in try pages(article, style).dump {
                let lines = page.items.filter { $0.kind == "text" && $0.structure != nil }
                for (a, b) in zip(lines, lines.dropFirst()) where a.structure == "LBody" && b.structure == "P" && abs(a.rect.x - b.rect.x) < 40 {
                    guard b.rect.y > a.rect.y else { continue }  // the next column
                    let gap = b.rect.y - a.rect.maxY
                    #expect(gap >= paragraph - 1, "\(article) \(style): \"\(b.text ?? "")\" is \(gap) pt under its list, under the \(paragraph) pt of a paragraph")
                }
            }
        }
    }

    @Test("a lead-in ending with a colon never ends a column with its list in the next", arguments: PrintedLeaflet.shippedStyles)
    func leadIns(style: String) throws {
        for article in Self.articles {
            for page in try pages(article, style).dump {
                for column in columns(page) {
                    guard let last = column.max(by: { $0.rect.maxY < $1.rect.maxY }), last.structure == "P" else { continue }
                    #expect(!(last.text ?? "").trimmingCharacters(in: .whitespaces).hasSuffix(":"), "\(article) \(style) page \(page.page): \"\(last.text ?? "")\" ends a column")
                }
            }
        }
    }

    /// Full pages are justified within the block spaces the flow allows (each at most
    /// doubled), so their columns may still end apart; a last page's always end together.
    @Test("the columns of every last page end within one line of each other", arguments: PrintedLeaflet.shippedStyles)
    func balancedColumns(style: String) throws {
        let sheet = try Support.workspace.styles.load(style)
        for article in Self.articles {
            for page in try pages(article, style).dump.suffix(1) {
                let bottoms = columns(page).map { $0.map(\.rect.maxY).max()! }
                guard bottoms.count == 2 else { continue }
                #expect(abs(bottoms[0] - bottoms[1]) <= sheet[.body].leading + 1,
                        "\(article) \(style) page \(page.page): columns end \(Int(abs(bottoms[0] - bottoms[1]))) pt apart")
            }
        }
    }

    @Test("a title's lines are balanced: its last is at least half as wide as its widest", arguments: PrintedLeaflet.shippedStyles)
    func balancedTitles(style: String) throws {
        for article in Self.articles {
            let title = try pages(article, style).dump[0].items.filter { $0.kind == "text" && $0.structure == "H1" }
            guard title.count > 1, let last = title.last, let widest = title.map(\.rect.width).max() else { continue }
            #expect(last.rect.width >= widest / 2, "\(article) \(style): \(title.compactMap(\.text))")
        }
    }

    @Test("a first heading that repeats the title and a closing disclaimer are set once, and said so")
    func repeats() throws {
        let url = Support.temporaryFolder().appendingPathComponent("doublons.md")
        try """
            ---
            title: "Le sommeil de l'enfant"
            ---

            # Le sommeil de l'enfant

            Un enfant de six ans dort dix à douze heures par nuit.

            Ce document ne remplace pas l'avis d'un médecin.
            """.write(to: url, atomically: true, encoding: .utf8)
        let rendition = try Support.rendition(.a4, article: url.path, options: RenderOptions(bleed: 0))
        let texts = LayoutDump.pages(rendition.pages).flatMap(\.items).compactMap(\.text)
        #expect(texts.filter { $0.contains("sommeil") }.count == 1, "\(texts)")
        #expect(texts.filter { $0.contains("remplace pas") }.count == 1, "\(texts)")
        #expect(rendition.findings.contains { $0.message.contains("repeats its title") })
        #expect(rendition.findings.contains { $0.message.contains("disclaimer") })
        #expect(!rendition.findings.contains { $0.rule == "words" }, "\(rendition.findings)")
    }
}

/// The keep rules BlockSetter gives the flow, at its own level.
@Suite("Block keeps")
struct BlockKeepTests {
    @Test("a paragraph ending with a colon is kept with the list after it, and one that does not is not")
    func leadInKept() throws {
        let setter = BlockSetter(setter: ParagraphSetter(engine: Support.pipeline.engine, hyphenator: nil, maxConsecutiveHyphens: 2),
                                 style: try Support.workspace.styles.load("classique"))
        let list = Block.list(ordered: false, start: 1, items: [[.paragraph([.text("un premier point")])], [.paragraph([.text("un second point")])]])
        for (text, kept) in [("Trois signes doivent alerter :", true), ("Trois signes doivent alerter.", false)] {
            let lines = setter.lines(for: [.paragraph([.text(text)]), list], width: 300)
            #expect(lines[0].keepWithNext == kept, "\(text)")
        }
    }
}
