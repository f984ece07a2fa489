import Foundation
@testable import FeuilletLayout
import FeuilletModel
import FeuilletPipeline
import FeuilletStyle
import FeuilletTypesetting

/// A print format rendered to a PDF, and what the tests hold it to: the text it must show
/// in reading order, the page areas to read it from, its geometry.
public struct PrintedLeaflet {
    public let url: URL
    public let pages: [Page]
    /// The article as typeset (French spacing applied).
    public let document: Document
    public let style: StyleSheet
    public let format: PrintFormat
    public let options: RenderOptions
    /// The print shop's file (`<format>-press.pdf`), not the office file.
    public let press: Bool
    public let scale: Double

    /// A short article every shipped style fits on a DL flyer: a heading, a list of terms,
    /// an internal link and an "À retenir" quote.
    public static let shortArticle: String = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("feuillet-tests-court-\(UUID().uuidString).md")
        try! """
            ---
            title: "Le lavage des mains : pourquoi, quand, comment ?"
            summary: "Se laver les mains à l'eau et au savon pendant trente secondes évite de transmettre la plupart des infections courantes."
            lang: fr
            source: "Texte d'exemple rédigé pour les tests de Feuillet"
            date: 2026-03-02
            ---

            Les mains transportent des microbes d'un objet à l'autre. Les laver souvent protège soi-même et les autres.

            ## Quand se laver les mains ?

            - **Avant** de préparer un repas ou de manger.
            - **Après** être allé aux toilettes ou s'être mouché.

            ## Comment faire ?

            Mouiller, savonner trente secondes, rincer, sécher avec un linge propre ([voir quand](#quand-se-laver-les-mains)).

            > **À retenir** : trente secondes de savon valent mieux qu'un gel quand les mains sont sales.
            """.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }()

    /// The sample article with its first sections again (headings prefixed `prefix`), `times`
    /// times: long enough to run on to the trifold's flap (once), or too long for it (twice).
    public static func longArticle(times: Int) -> String {
        let text = try! String(contentsOfFile: Support.article, encoding: .utf8)
        let sections = text.components(separatedBy: "\n## ").dropFirst().prefix(2)
        let more = (1...times).map { n in sections.map { "\n## Suite \(n) : " + $0 }.joined() }.joined()
        let url = Support.temporaryFolder().appendingPathComponent("long-\(times).md")
        try! (text + more).write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The sample article and one more section: a paragraph of its first `words` words,
    /// long enough that a column or panel turn falls inside it.
    public static func longParagraphArticle(words count: Int) -> String {
        let text = try! String(contentsOfFile: Support.article, encoding: .utf8)
        let words = Support.words(text.components(separatedBy: "\n---\n")[1]).filter { !$0.contains("http") }.prefix(count)
        let url = Support.temporaryFolder().appendingPathComponent("long-paragraph-\(count).md")
        try! (text + "\n\n## Suite : un long paragraphe\n\n" + words.joined(separator: " ") + ".\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The styles in Styles/, whatever they are.
    public static var shippedStyles: [String] { Support.workspace.styles.availableStyles() }

    /// Renders `article` (default: the short one) as the office file, or as the print
    /// shop's (`press`: with the style's bleed and crop marks).
    public static func render(_ format: PrintFormat, style: String, article: String = shortArticle, fit: PrintOptions.Fit = .none,
                              options: RenderOptions? = nil, press: Bool = false) throws -> PrintedLeaflet {
        let typeset = try Support.typeset(style, article: article)
        let options = options ?? RenderOptions(fit: fit)
        let rendition = try Support.pipeline.render(typeset, target: .print(format, press: press), options: options)
        let url = try Support.pipeline.write(rendition, in: OutputLocation(folder: Support.temporaryFolder()))[0]
        return PrintedLeaflet(url: url, pages: rendition.pages, document: typeset.document, style: typeset.style, format: format,
                              options: options, press: press, scale: rendition.scale)
    }

    var template: PrintTemplate { PrintTemplate(format, style: style) }

    /// Points of bleed the leaflet was set with.
    public var bleed: Double { options.sheet(press: press, style: style).bleed }

    /// Its trim size.
    public var trim: Size { template.trim }

    nonisolated(unsafe) private static var rendered: [String: PrintedLeaflet] = [:]
    private static let renderLock = NSLock()

    /// An article (the short one unless told) in a format and style as the print shop's
    /// file, rendered once for all the tests that read it (one at a time: fewer font maps
    /// at work at once).
    public static func shared(_ format: PrintFormat, style: String, article: String = shortArticle) throws -> PrintedLeaflet {
        renderLock.lock()
        defer { renderLock.unlock() }
        let key = "\(format.name)/\(style)/\(article)"
        if let leaflet = rendered[key] { return leaflet }
        let leaflet = try render(format, style: style, article: article, fit: .shrink, press: true)
        rendered[key] = leaflet
        return leaflet
    }

    // MARK: text in reading order

    /// Page areas (page from 1) whose texts, one after the other, are the leaflet in reading
    /// order: cover, inside panels, flap, back for the trifold; for pages, each page above
    /// its running footer, then the footers.
    public var readingAreas: [(page: Int, rect: Rect)] {
        switch format.kind {
        case .trifold:
            func panel(_ page: Int, _ i: Int) -> (Int, Rect) {
                let p = pages[page - 1], edges = [0] + p.sheet!.folds + [p.size.width]
                return (page, Rect(x: edges[i], y: 0, width: edges[i + 1] - edges[i], height: p.size.height))
            }
            return [panel(1, 2), panel(2, 0), panel(2, 1), panel(2, 2), panel(1, 0), panel(1, 1)]
        case .pages:
            let footerTop = pages[0].sheet!.trim.maxY - template.bottom
            let body = pages.indices.map { ($0 + 1, Rect(x: 0, y: 0, width: pages[$0].size.width, height: footerTop)) }
            let feet = pages.indices.map { ($0 + 1, Rect(x: 0, y: footerTop, width: pages[$0].size.width, height: pages[$0].size.height - footerTop)) }
            return body + feet
        }
    }

    /// What pdftotext reads in the reading areas, one after the other, words broken at a
    /// line end joined again, as letters (`letters`), without the header row a table draws
    /// again over a column it goes on in: that copy is not read (no structure).
    public func extractedText() throws -> String {
        var text = ""
        for (page, r) in readingAreas {
            let out = try Support.tool(["pdftotext", "-raw", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", "-x", "\(Int(r.x.rounded()))",
                                        "-y", "\(Int(r.y.rounded()))", "-W", "\(Int(r.width.rounded()))", "-H", "\(Int(r.height.rounded()))",
                                        url.path, "-"])
            var area = Self.letters(out.output.replacingOccurrences(of: "\u{0C}", with: "")
                .replacingOccurrences(of: "\u{2010}\n", with: "").replacingOccurrences(of: "-\n", with: "-"))
            // The copy's lines are drawn one after the other, so pdftotext reads them so: the
            // last run of their letters in the area is the copy (the header itself comes first).
            let copy = Self.letters(repeatedHeaderLines(page: page - 1, in: r).joined())
            if !copy.isEmpty, let range = area.range(of: copy, options: .backwards) { area.removeSubrange(range) }
            text += area + "\n"
        }
        return text
    }

    /// The lines of a table's header row drawn again, as artifacts, inside `area` of a page.
    private func repeatedHeaderLines(page: Int, in area: Rect) -> [String] {
        var header: Set<String> = [], copies: [String] = []
        for p in pages { p.frame.walk { _, placed in if case .text(let line) = placed.item, placed.structure?.kind == "TH" { header.insert(line.text) } } }
        pages[page].frame.walk { origin, placed in
            guard case .text(let line) = placed.item, placed.structure == nil, header.contains(line.text),
                  area.contains(Rect(x: origin.x, y: origin.y, width: 0, height: 0)) else { return }
            copies.append(line.text)
        }
        return copies
    }

    /// Every word the leaflet must show, in reading order: the article, the list markers,
    /// the key messages where the template puts them, the closing note, the running footers.
    public var expectedText: String {
        let meta = document.metadata, t = template
        let labels = Labels.of(meta.lang)
        let (body, parts) = t.parts(of: document, labels: labels)
        var out = [role(.title, meta.title), role(.summary, meta.summary ?? "")]
        out += parts.cover.map(words) + body.map(words)
        // A trifold whose text does not reach the flap offers it for notes.
        let notes = role(.heading1, labels[.notes])
        if format == .trifold {
            let flap = LayoutDump.pages(pages)[0].items.filter { $0.kind == "text" && $0.rect.maxX < pages[0].sheet!.folds[0] }
            if Self.letters(flap.compactMap(\.text).joined()) == Self.letters(notes) { out.append(notes) }
        }
        out += parts.backBlocks.map(words)
        for part in t.back {
            switch part {
            case .source: out.append(role(.footer, labels.source(meta.source ?? "")))
            case .author: if let author = meta.author { out.append(role(.footer, labels.author(author))) }
            case .date: out.append(role(.footer, labels.date(meta.date ?? "")))
            case .disclaimer: out.append(labels[.disclaimer])
            }
        }
        // The article's address, beside its QR code or alone.
        if let address = meta.sourceURL { out.append(role(.footer, labels[.fullArticle] + " " + address)) }
        if case .pages = format.kind {
            let foot = [t.back.contains(.source) ? nil : meta.source, t.back.contains(.date) ? nil : meta.date.map(labels.longDate)].compactMap { $0 }
            out += pages.indices.map { role(.footer, foot.joined(separator: " · ") + " " + labels.page($0 + 1, of: pages.count)) }
        }
        return out.joined(separator: "\n")
    }

    private func role(_ role: Role, _ text: String) -> String {
        switch style[role].transform {
        case .none: text
        case .uppercase: text.uppercased()
        case .lowercase: text.lowercased()
        }
    }

    private func words(_ block: Block) -> String {
        switch block {
        case .heading(let level, let inlines): role(.heading(level - 1), inlines.plainText)
        case .paragraph(let inlines): inlines.plainText
        case .list(let ordered, let start, let items):
            items.enumerated().map { n, item in ([ordered ? "\(start + n)." : style.decorations.bullet] + item.map(words)).joined(separator: " ") }
                .joined(separator: "\n")
        case .quote(let blocks): blocks.map(words).joined(separator: "\n")
        case .thematicBreak: ""
        case .figure(let figure): role(.caption, figure.caption ?? "")
        case .table(let table):
            ([table.header.map { role(.tableHeader, $0.plainText) }] + table.rows.map { $0.map { role(.tableCell, $0.plainText) } })
                .map { $0.joined(separator: " ") }.joined(separator: "\n")
        }
    }

    /// Text without any space: pdftotext does not see a narrow no-break space as one, nor
    /// letter spacing as none, nor a word joiner at all, so the texts are compared letter by letter.
    public static func letters(_ text: String) -> String { String(text.filter { !$0.isWhitespace && $0 != TextToken.wordJoiner }) }

    /// Where two texts part, with some letters of each around it; nil when they are equal.
    public static func firstDifference(_ a: String, _ b: String) -> String? {
        let a = Array(letters(a)), b = Array(letters(b))
        guard a != b else { return nil }
        let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        func around(_ s: [Character]) -> String { String(s[max(0, i - 30)..<min(s.count, i + 30)]) }
        return "at letter \(i): got …\(around(a))… expected …\(around(b))…"
    }
}

/// A PPM (P6) image as pdftoppm writes it: 8-bit RGB.
public struct PPM {
    public let width: Int, height: Int
    private let pixels: [UInt8]

    public init(_ data: Data) throws {
        let bytes = [UInt8](data)
        var fields: [Int] = [], i = 2, current = ""
        while fields.count < 3 {
            let c = Character(UnicodeScalar(bytes[i]))
            if c.isWhitespace { if !current.isEmpty { fields.append(Int(current)!); current = "" } } else { current.append(c) }
            i += 1
        }
        guard bytes.starts(with: Array("P6".utf8)), fields[2] == 255 else { throw CocoaError(.fileReadCorruptFile) }
        (width, height) = (fields[0], fields[1])
        pixels = Array(bytes[i...])
    }

    /// The pixel under a point at 72 dpi (a pixel per point); white off the page.
    public subscript(x: Double, y: Double) -> (r: Int, g: Int, b: Int) {
        guard x >= 0, y >= 0, Int(x) < width, Int(y) < height else { return (255, 255, 255) }
        let o = (Int(y) * width + Int(x)) * 3
        return (Int(pixels[o]), Int(pixels[o + 1]), Int(pixels[o + 2]))
    }

    /// The page of a PDF drawn at 72 dpi. Hairlines (0.25 pt crop marks) are drawn a pixel
    /// wide: by default poppler drops some of those thinner than a pixel, depending on where
    /// they fall.
    public static func page(_ page: Int, of pdf: URL) throws -> PPM {
        let prefix = Support.temporaryFolder().appendingPathComponent("page")
        let run = try Support.tool(["pdftoppm", "-r", "72", "-thinlinemode", "solid", "-f", "\(page)", "-l", "\(page)", "-singlefile",
                                    pdf.path, prefix.path])
        guard run.status == 0 else { throw CocoaError(.fileReadUnknown) }
        return try PPM(Data(contentsOf: prefix.appendingPathExtension("ppm")))
    }
}
