import FeuilletLayout

/// The document's `StructureTree` written as the PDF's structure tree, with libqpdf's
/// object API: one element per structure element, its kids in reading order (child
/// elements, and the marked content or annotations Cairo wrote for each piece of content),
/// `/Alt` where there is one, a header cell's scope (`/A << /O /Table /Scope /Column >>`), and the parent tree readers follow from content to element.
/// Cairo wrote one element per piece of content, in drawing order (`TaggedContent`): their
/// content is moved into the document's elements, and Cairo's own elements are dropped.
struct PDFStructure {
    let tree: StructureTree
    /// For each element Cairo wrote, in order: the piece of content it holds.
    let leaves: [Int?]

    struct Mismatch: Error, CustomStringConvertible {
        var message: String
        var description: String { "the PDF's structure tree cannot be written: \(message)" }
    }

    func write(into pdf: QPDFDocument) throws {
        guard !leaves.isEmpty else { return }
        guard let treeRoot = pdf.value(pdf.root, "/StructTreeRoot"), let written = pdf.value(treeRoot, "/K").map(pdf.items) else {
            throw Mismatch(message: "Cairo wrote no structure tree")
        }
        guard written.count == leaves.count else {
            throw Mismatch(message: "Cairo wrote \(written.count) elements for \(leaves.count) pieces of content")
        }
        var pageIndex: [Int: Int] = [:]
        for i in 0..<pdf.pageCount { pageIndex[pdf.number(pdf.page(i))] = i }

        // Each piece of content: what holds it in the PDF, and what points back at it.
        var held = Array(repeating: [QPDFDocument.Object](), count: tree.contentCount)
        var marked: [(page: Int, mcid: Int, content: Int)] = []
        var annotations: [(annotation: QPDFDocument.Object, content: Int)] = []
        for (element, leaf) in zip(written, leaves) {
            guard let content = leaf else { continue }
            let elementPage = pdf.value(element, "/Pg")
            for kid in pdf.value(element, "/K").map(pdf.items) ?? [] {
                if let annotation = pdf.isDictionary(kid, type: "/OBJR") ? pdf.value(kid, "/Obj") : nil {
                    held[content].append(kid)
                    annotations.append((annotation, content))
                    continue
                }
                let reference = pdf.isDictionary(kid, type: "/MCR")
                guard let mcid = reference ? pdf.value(kid, "/MCID").flatMap(pdf.integer) : pdf.integer(kid),
                      let page = (reference ? pdf.value(kid, "/Pg") : nil) ?? elementPage, let index = pageIndex[pdf.number(page)] else {
                    throw Mismatch(message: "an element Cairo wrote holds content that is on no page")
                }
                held[content].append(pdf.dictionary([("/Type", pdf.name("/MCR")), ("/Pg", page), ("/MCID", pdf.integer(mcid))]))
                marked.append((index, mcid, content))
            }
        }

        let objects = tree.elements.map { e in
            pdf.indirect(pdf.dictionary([("/Type", pdf.name("/StructElem")), ("/S", pdf.name("/" + e.kind))]))
        }
        var owner = [Int](repeating: 0, count: tree.contentCount)
        for (i, element) in tree.elements.enumerated() {
            pdf.set(objects[i], "/P", element.parent.map { objects[$0] } ?? treeRoot)
            if let alt = element.alt { pdf.set(objects[i], "/Alt", pdf.text(alt)) }
            if let scope = element.scope {
                pdf.set(objects[i], "/A", pdf.dictionary([("/O", pdf.name("/Table")), ("/Scope", pdf.name("/" + scope.rawValue))]))
            }
            let kids = pdf.array([])
            for kid in element.kids {
                switch kid {
                case .element(let e): pdf.append(kids, objects[e])
                case .content(let c):
                    owner[c] = i
                    for object in held[c] { pdf.append(kids, object) }
                }
            }
            pdf.set(objects[i], "/K", kids)
        }

        // The parent tree: each page's marked content by MCID, and each annotation, to its element.
        var parents: [Int: QPDFDocument.Object] = [:]
        var byPage: [Int: [Int: Int]] = [:]
        for m in marked { byPage[m.page, default: [:]][m.mcid] = owner[m.content] }
        for (page, elements) in byPage {
            guard let key = pdf.value(pdf.page(page), "/StructParents").flatMap(pdf.integer) else {
                throw Mismatch(message: "page \(page + 1) has marked content but no /StructParents")
            }
            parents[key] = pdf.array((0...(elements.keys.max() ?? 0)).map { elements[$0].map { objects[$0] } ?? pdf.null })
        }
        for (annotation, content) in annotations {
            if let key = pdf.value(annotation, "/StructParent").flatMap(pdf.integer) { parents[key] = objects[owner[content]] }
        }
        let keys = parents.keys.sorted()
        pdf.set(treeRoot, "/K", pdf.array([objects[0]]))
        pdf.set(treeRoot, "/ParentTree", pdf.indirect(pdf.dictionary([("/Nums", pdf.array(keys.flatMap { [pdf.integer($0), parents[$0]!] }))])))
        pdf.set(treeRoot, "/ParentTreeNextKey", pdf.integer((keys.last ?? -1) + 1))
        // A tagged PDF says so (Cairo writes it only for some trees).
        pdf.set(pdf.root, "/MarkInfo", pdf.dictionary([("/Marked", pdf.boolean(true))]))
    }
}
