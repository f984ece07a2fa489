import Foundation
import FeuilletLayout

/// What Cairo 1.16 cannot write, added with qpdf once Cairo is done: the TrimBox and
/// BleedBox of printed pages, the document language, and a structure tree in reading
/// order (Cairo writes it in drawing order; a folded leaflet is read in another).
struct PDFPrintStep {
    enum Failure: Error, CustomStringConvertible {
        case structure(String)
        var description: String {
            switch self { case .structure(let m): "the PDF structure tree cannot be put in reading order: \(m)" }
        }
    }

    let plan: StructurePlan
    /// Per page: its size and, for printed pages, where it is trimmed.
    let pages: [(size: Size, sheet: SheetGeometry?)]
    /// BCP 47 language of the text ("fr").
    let language: String?

    func apply(to pdf: [UInt8]) throws -> [UInt8] {
        plan.isInReadingOrder ? try boxesAndLanguage(pdf) : try rearranged(pdf)
    }

    /// Pages read in drawing order need only their boxes and the language: done in-process.
    private func boxesAndLanguage(_ pdf: [UInt8]) throws -> [UInt8] {
        let document = try QPDFDocument(pdf)
        guard document.pageCount == pages.count else { throw QPDFDocument.Failure.failed("expected \(pages.count) pages, found \(document.pageCount)") }
        for (index, page) in pages.enumerated() {
            guard let sheet = page.sheet else { continue }
            document.setPageArray(index, "/TrimBox", Self.box(sheet.trim, pageHeight: page.size.height))
            document.setPageArray(index, "/BleedBox", Self.box(sheet.bleedBox, pageHeight: page.size.height))
        }
        if let language { document.setLanguage(language) }
        return try document.write()
    }

    /// A folded leaflet's structure tree is rearranged in qpdf's JSON of the document.
    private func rearranged(_ pdf: [UInt8]) throws -> [UInt8] {
        let document = try QPDFDocument(pdf)
        var objects = try QPDFObjects(json: try document.json())
        let pageRefs = try objects.pages()
        guard pageRefs.count == pages.count else { throw QPDFDocument.Failure.failed("expected \(pages.count) pages, found \(pageRefs.count)") }
        for (ref, page) in zip(pageRefs, pages) {
            guard let sheet = page.sheet else { continue }
            var d = try objects.dictionary(ref)
            d["/TrimBox"] = Self.box(sheet.trim, pageHeight: page.size.height)
            d["/BleedBox"] = Self.box(sheet.bleedBox, pageHeight: page.size.height)
            objects.set(ref, d)
        }
        if let language, let root = QPDFObjects.reference(objects.trailer["/Root"]) {
            var catalog = try objects.dictionary(root)
            catalog["/Lang"] = "u:" + language
            objects.set(root, catalog)
        }
        try arrangeStructure(&objects)
        try document.update(json: try objects.update())
        return try document.write()
    }

    /// A rectangle in PDF coordinates (origin bottom left), to a thousandth of a point.
    static func box(_ r: Rect, pageHeight: Double) -> [Double] {
        [r.x, pageHeight - r.maxY, r.maxX, pageHeight - r.y].map { ($0 * 1000).rounded() / 1000 }
    }

    // MARK: structure tree

    private func arrangeStructure(_ objects: inout QPDFObjects) throws {
        guard let root = QPDFObjects.reference(objects.trailer["/Root"]),
              let treeRoot = QPDFObjects.reference(try objects.dictionary(root)["/StructTreeRoot"]) else {
            throw Failure.structure("the PDF has no structure tree")
        }
        let refs = try elements(under: treeRoot, in: objects)
        let names = refs.map { (try? objects.dictionary($0)["/S"] as? String) ?? nil }
        guard names == plan.elements.map({ "/" + $0.name }) else {
            throw Failure.structure("Cairo wrote \(refs.count) elements where the pages have \(plan.elements.count)")
        }
        let arrangement = try plan.arranged()
        var content = try refs.map { try objects.dictionary($0) }
        for (into, from) in arrangement.joins {
            try join(from, into: into, refs: refs, content: &content, objects: &objects)
        }
        for (i, children) in arrangement.children.enumerated() where !children.isEmpty {
            content[i]["/K"] = children.map { refs[$0] }
            for child in children { content[child]["/P"] = refs[i] }
        }
        for child in arrangement.rootChildren { content[child]["/P"] = treeRoot }
        for (ref, value) in zip(refs, content) { objects.set(ref, value) }
        var tree = try objects.dictionary(treeRoot)
        tree["/K"] = arrangement.rootChildren.map { refs[$0] }
        objects.set(treeRoot, tree)
    }

    /// The structure elements under the tree root, depth first: Cairo's creation order.
    private func elements(under treeRoot: String, in objects: QPDFObjects) throws -> [String] {
        var found: [String] = []
        func walk(_ value: Any?) throws {
            for kid in Self.items(value) {
                guard let ref = QPDFObjects.reference(kid), let d = objects[ref] as? [String: Any], d["/S"] != nil else { continue }
                found.append(ref)
                try walk(d["/K"])
            }
        }
        try walk(try objects.dictionary(treeRoot)["/K"])
        return found
    }

    /// A `/K` entry as a list: Cairo writes one kid bare and several in an array.
    private static func items(_ value: Any?) -> [Any] {
        if let array = value as? [Any] { return array }
        return value.map { [$0] } ?? []
    }

    /// Gives the marked content of element `from` to `into`: MCIDs on another page become
    /// marked-content references, and the page's parent tree entries point to `into`.
    private func join(_ from: Int, into: Int, refs: [String], content: inout [[String: Any]], objects: inout QPDFObjects) throws {
        let kids = Self.items(content[from]["/K"])
        guard !kids.contains(where: { QPDFObjects.reference($0) != nil }) else { return }  // children are moved by the arrangement
        guard let fromPage = QPDFObjects.reference(content[from]["/Pg"]) else { return }
        let intoPage = QPDFObjects.reference(content[into]["/Pg"]) ?? fromPage
        var moved: [Any] = []
        for kid in kids {
            if let mcid = kid as? Int {
                moved.append(fromPage == intoPage ? mcid : ["/Type": "/MCR", "/Pg": fromPage, "/MCID": mcid] as [String: Any])
                try setParent(of: mcid, on: fromPage, to: refs[into], objects: &objects)
            } else if let mcr = kid as? [String: Any], let mcid = mcr["/MCID"] as? Int, let page = QPDFObjects.reference(mcr["/Pg"]) {
                moved.append(mcr)
                try setParent(of: mcid, on: page, to: refs[into], objects: &objects)
            }
        }
        content[into]["/Pg"] = intoPage
        content[into]["/K"] = Self.items(content[into]["/K"]) + moved
        content[from]["/K"] = [Any]()
    }

    /// Points the parent tree entry of marked content `mcid` on `page` at `element`.
    private func setParent(of mcid: Int, on page: String, to element: String, objects: inout QPDFObjects) throws {
        guard let key = try objects.dictionary(page)["/StructParents"] as? Int,
              let root = QPDFObjects.reference(objects.trailer["/Root"]),
              let treeRoot = QPDFObjects.reference(try objects.dictionary(root)["/StructTreeRoot"]),
              let parentTree = QPDFObjects.reference(try objects.dictionary(treeRoot)["/ParentTree"]),
              let nums = try objects.dictionary(parentTree)["/Nums"] as? [Any],
              let index = stride(from: 0, to: nums.count - 1, by: 2).first(where: { nums[$0] as? Int == key }),
              let arrayRef = QPDFObjects.reference(nums[index + 1]),
              var parents = objects[arrayRef] as? [Any], mcid < parents.count else {
            throw Failure.structure("no parent tree entry for marked content \(mcid) on page \(page)")
        }
        parents[mcid] = element
        objects.set(arrayRef, parents)
    }
}
