import Foundation
import FeuilletLayout
import FeuilletStyle

/// What `feuillet check --press` reports before a file goes to a print shop, from the
/// pages as laid out (each item's colour as the press file prints it) and from the press
/// file itself (its output intent, the inks its pages are drawn with, no RGB left).
public struct PressCheck {
    public let colors: PressColorSpace
    public let pages: [Page]
    /// The colour of the body text, which should print in one ink (black, for black text).
    public let bodyColor: Color
    /// The inks the style gives its colours.
    public let inks: [Color: CMYK]

    public init(colors: PressColorSpace, pages: [Page], bodyColor: Color, inks: [Color: CMYK] = [:]) {
        self.colors = colors
        self.pages = pages
        self.bodyColor = bodyColor
        self.inks = inks
    }

    /// Total area coverage print shops take on coated paper.
    public static let maximumCoverage = 300.0
    /// Text under this size in more than one ink blurs when the plates are out of register.
    public static let smallText = 6.0
    /// Lines thinner than this may not print.
    public static let hairline = 0.25
    /// Effective resolution of images: under the first a warning, under the second an error.
    public static let imageResolution = (good: 300.0, least: 150.0)

    /// The findings from the pages, item by item.
    public func findings() -> [Finding] {
        var found: [Finding] = [], seen = Set<String>()
        func once(_ key: String, _ finding: @autoclosure () -> Finding) { if seen.insert(key).inserted { found.append(finding()) } }
        for (n, page) in pages.enumerated() {
            page.frame.walk { origin, placed in
                switch placed.item {
                case .text(let line):
                    let inks = colors.cmyk(for: line.color, own: self.inks)
                    if colors.isNeutral(line.color) && !inks.isBlackOnly {
                        once("black \(line.color)", Finding(.error, "press-black", "text in \(line.color) (black or grey) prints in \(inks): black and grey text should be black ink alone (cmyk: [0, 0, 0, k])"))
                    } else if line.color == bodyColor && inks.inkCount > 1 {
                        once("body \(line.color)", Finding(.warning, "press-inks", "body text in \(line.color) prints in \(inks.inkCount) inks (\(inks)): out of register, the plates blur it; give the colour a black-only cmyk"))
                    }
                    if line.fontSize < Self.smallText - 0.005 && inks.inkCount > 1 {
                        once("small \(line.color) \(line.fontSize)", Finding(.warning, "press-small-text", "\(Self.points(line.fontSize)) pt text in \(line.color) prints in \(inks.inkCount) inks (\(inks)): text under \(Int(Self.smallText)) pt should be one ink (\"\(line.text.prefix(30))\")"))
                    }
                case .shape(let shape):
                    let width = Self.lineWidth(shape)
                    if let width, width < Self.hairline - 0.005 {
                        once("hairline \(width)", Finding(.warning, "press-hairline", "a \(Self.points(width)) pt line on page \(n + 1): under \(Self.hairline) pt it may not print"))
                    }
                    if let stroke = shape.stroke, colors.isNeutral(stroke), case let printed = colors.cmyk(for: stroke, own: inks), !printed.isBlackOnly {
                        once("black \(stroke)", Finding(.error, "press-black", "a rule in \(stroke) (black or grey) prints in \(printed): black and grey rules should be black ink alone"))
                    }
                    if let sheet = page.sheet, let short = Self.shortBleed(shape, at: origin, sheet: sheet) {
                        once("bleed \(n)", Finding(.error, "press-bleed", "a background touches the trim on page \(n + 1) but runs \(Self.millimetres(short)) mm past it: a print shop needs \(Self.millimetres(PressStyle.minimumBleed.points())) mm of bleed (--bleed)"))
                    }
                case .image(let image, let size):
                    found += Self.resolution(image, size: size, page: n + 1)
                default: break
                }
            }
        }
        return found
    }

    /// The width of a line: a stroke's, or the thin side of a filled rule-like rectangle.
    static func lineWidth(_ shape: Shape) -> Double? {
        if shape.stroke != nil { return shape.lineWidth }
        guard shape.fill != nil, case .rectangle(let size, _) = shape.geometry else { return nil }
        let thin = min(size.width, size.height)
        return thin < 2 * hairline ? thin : nil
    }

    /// For a filled plain rectangle that reaches a trim edge: how far it runs past the
    /// shortest such edge, when under the minimum bleed; else nil.
    static func shortBleed(_ shape: Shape, at origin: Point, sheet: SheetGeometry) -> Double? {
        guard shape.fill != nil, case .rectangle(let size, _) = shape.geometry else { return nil }
        let r = Rect(x: origin.x, y: origin.y, width: size.width, height: size.height), t = sheet.trim, e = 0.01
        guard r.intersects(t) else { return nil }
        var past: [Double] = []
        if r.x <= t.x + e { past.append(t.x - r.x) }
        if r.y <= t.y + e { past.append(t.y - r.y) }
        if r.maxX >= t.maxX - e { past.append(r.maxX - t.maxX) }
        if r.maxY >= t.maxY - e { past.append(r.maxY - t.maxY) }
        guard let least = past.min(), least < PressStyle.minimumBleed.points() - e else { return nil }
        return max(0, least)
    }

    /// Images' effective resolution: pixels per inch as placed, across and down as the
    /// picture is seen (a photo its EXIF turns a quarter has its width and height swapped),
    /// to a hundredth: a photo layout set at its least, 150 ppi, is not at 149.999….
    static func resolution(_ image: Image, size: Size, page: Int) -> [Finding] {
        let ppi = (min(Double(image.shownWidth) / (size.width / 72), Double(image.shownHeight) / (size.height / 72)) * 100).rounded() / 100
        let shown = Int(ppi.rounded())
        if ppi < imageResolution.least { return [Finding(.error, "press-image", "an image on page \(page) is at \(shown) ppi: under \(Int(imageResolution.least)) ppi it prints blurred")] }
        if ppi < imageResolution.good { return [Finding(.warning, "press-image", "an image on page \(page) is at \(shown) ppi, under the \(Int(imageResolution.good)) ppi print shops ask for")] }
        return []
    }

    // MARK: the file

    /// What the press file says and holds: its output intent and PDF/X version (a note,
    /// or an error when missing), the highest ink coverage its pages are drawn with, their
    /// colours, images' pixels and gradients (a note, or an error over 300 %), and anything
    /// left in RGB (an error).
    public static func file(_ pdf: [UInt8]) throws -> [Finding] {
        let document = try QPDFDocument(pdf)
        var found: [Finding] = []
        let intents = document.value(document.root, "/OutputIntents").map(document.items) ?? []
        let intent = intents.first { document.value($0, "/S").flatMap(document.nameText) == "GTS_PDFX" }
        let version = document.value(document.trailer, "/Info").flatMap { document.value($0, "/GTS_PDFXVersion") }.flatMap(document.stringText)
        if let intent, let version {
            let name = document.value(intent, "/OutputConditionIdentifier").flatMap(document.stringText) ?? "?"
            let info = document.value(intent, "/Info").flatMap(document.stringText) ?? ""
            let channels = document.value(intent, "/DestOutputProfile").flatMap { document.value(document.streamDictionary($0), "/N") }.flatMap(document.integer)
            found.append(Finding(.note, "press-intent", "\(version), output intent \(name) (\(info)), embedded profile with \(channels ?? 0) inks"))
        } else {
            found.append(Finding(.error, "press-intent", "the file has no PDF/X output intent: a print shop cannot tell what it was made for"))
        }
        var highest: [Double]? = nil
        func consider(_ inks: [Double]?) {
            if let inks, inks.reduce(0, +) > highest.map({ $0.reduce(0, +) }) ?? -1 { highest = inks }
        }
        // What is still RGB, by what it is, counted.
        var rgb: [String: Int] = [:]
        func group(_ object: QPDFDocument.Object) {
            if PDFColorSpace.isRGB(PDFColorSpace.group(object, document)) { rgb["transparency group", default: 0] += 1 }
        }
        func content(_ bytes: [UInt8], prints: Bool) {
            let (inks, colours) = ContentColors.inks(in: bytes)
            if prints { consider(inks) }
            rgb["colour", default: 0] += colours
        }
        for i in 0..<document.pageCount {
            content(try document.pageContent(i), prints: true)
            group(document.page(i))
        }
        for found in DrawnObjects.find(in: document) {
            let object = found.object, prints = found.use == .ink
            switch found.kind {
            case .content:
                content(try document.streamData(object), prints: prints)
                group(object)
            case .image:
                if PDFColorSpace.isRGB(PDFColorSpace.of(object, document)) { rgb["image", default: 0] += 1 }
                else if prints { consider(try PressImages.highestInks(object, document)) }
            case .shading:
                if PDFColorSpace.isRGB(PDFColorSpace.of(object, document)) { rgb["gradient", default: 0] += 1 }
                else if prints { consider(try PressShadings.highestInks(object, document)) }
            case .colorSpace:
                if PDFColorSpace.isRGB(PDFColorSpace.name(object, document)) { rgb["colour space", default: 0] += 1 }
            }
        }
        let left = rgb.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)\($0.value > 1 ? "s" : "")" }
        if !left.isEmpty { found.append(Finding(.error, "press-rgb", "RGB is left in the press file: \(left.joined(separator: ", "))")) }
        if let highest {
            let inks = CMYK(cyan: highest[0], magenta: highest[1], yellow: highest[2], black: highest[3])
            let text = "maximum ink coverage \(CMYK.percent(inks.coverage)) % (\(inks))"
            found.append(inks.coverage > maximumCoverage + 0.05
                         ? Finding(.error, "press-coverage", "\(text), over the \(Int(maximumCoverage)) % print shops take on coated paper")
                         : Finding(.note, "press-coverage", "\(text), within \(Int(maximumCoverage)) %"))
        }
        return found
    }

    static func points(_ v: Double) -> String { CMYK.percent(v) }
    static func millimetres(_ points: Double) -> String { CMYK.percent(points * 25.4 / 72) }
}
