import Foundation

/// What a PDF's pages draw with besides their own content, reached through their resources,
/// each object once: the content streams of form XObjects, tiling patterns and Type 3 glyphs,
/// images and their soft masks, shadings (patterns' too), soft masks' groups, colour space
/// resources. What the press file converts and what its check reads back, found one way.
struct DrawnObjects {
    enum Kind: Equatable {
        /// A stream of drawing operators: a form XObject, a tiling pattern, a Type 3 glyph.
        case content
        case image
        /// A shading dictionary (or stream), drawn by `sh` or by a shading pattern.
        case shading
        /// An entry of a `/ColorSpace` resource.
        case colorSpace
    }

    /// What the object's colours mean where it is drawn.
    enum Use: Equatable {
        /// It prints: its colours are inks.
        case ink
        /// Inside an alpha soft mask: only its shape and opacity count, not its colours.
        case maskShape
        /// A luminosity soft mask's content, or an image's soft mask: its grey values are
        /// the mask's, to be left as they are.
        case maskValues
    }

    struct Found {
        var object: QPDFDocument.Object
        var kind: Kind
        var use: Use
    }

    /// Page after page, each resource dictionary's entries in the order of their names.
    static func find(in pdf: QPDFDocument) -> [Found] {
        var walk = Walk(pdf: pdf)
        for i in 0..<pdf.pageCount { walk.resources(pdf.value(pdf.page(i), "/Resources"), .ink) }
        return walk.found
    }

    private struct Walk {
        let pdf: QPDFDocument
        var found: [Found] = []
        private var seen = Set<Int>()

        init(pdf: QPDFDocument) { self.pdf = pdf }

        /// True the first time an indirect object is met (direct ones are met once anyway).
        private mutating func first(_ object: QPDFDocument.Object) -> Bool {
            let number = pdf.number(object)
            return number == 0 || seen.insert(number).inserted
        }

        private mutating func add(_ object: QPDFDocument.Object, _ kind: Kind, _ use: Use) -> Bool {
            guard first(object) else { return false }
            found.append(Found(object: object, kind: kind, use: use))
            return true
        }

        private func entries(_ resources: QPDFDocument.Object, _ key: String) -> [QPDFDocument.Object] {
            guard let dictionary = pdf.value(resources, key) else { return [] }
            return pdf.keys(dictionary).compactMap { pdf.value(dictionary, $0) }
        }

        mutating func resources(_ resources: QPDFDocument.Object?, _ use: Use) {
            guard let resources else { return }
            for space in entries(resources, "/ColorSpace") { _ = add(space, .colorSpace, use) }
            for xobject in entries(resources, "/XObject") where pdf.isStream(xobject) {
                let dictionary = pdf.streamDictionary(xobject)
                if pdf.value(dictionary, "/Subtype").flatMap(pdf.nameText) == "Form" {
                    if add(xobject, .content, use) { self.resources(pdf.value(dictionary, "/Resources"), use) }
                } else if add(xobject, .image, use), let mask = pdf.value(dictionary, "/SMask"), pdf.isStream(mask) {
                    _ = add(mask, .image, .maskValues)
                }
            }
            for pattern in entries(resources, "/Pattern") {
                let dictionary = pdf.isStream(pattern) ? pdf.streamDictionary(pattern) : pattern
                if pdf.isStream(pattern) {
                    if add(pattern, .content, use) { self.resources(pdf.value(dictionary, "/Resources"), use) }
                } else if first(pattern) {
                    if let shading = pdf.value(dictionary, "/Shading") { _ = add(shading, .shading, use) }
                    if let state = pdf.value(dictionary, "/ExtGState") { graphicsState(state, use) }
                }
            }
            for shading in entries(resources, "/Shading") { _ = add(shading, .shading, use) }
            for state in entries(resources, "/ExtGState") { graphicsState(state, use) }
            for font in entries(resources, "/Font") where pdf.value(font, "/Subtype").flatMap(pdf.nameText) == "Type3" && first(font) {
                for glyph in entries(font, "/CharProcs") { _ = add(glyph, .content, use) }
                self.resources(pdf.value(font, "/Resources"), use)
            }
        }

        /// A graphics state's soft mask: its group is drawn as a mask.
        private mutating func graphicsState(_ state: QPDFDocument.Object, _ use: Use) {
            guard first(state), let mask = pdf.value(state, "/SMask"), pdf.isDictionary(mask, type: ""), let group = pdf.value(mask, "/G") else { return }
            let inside: Use = pdf.value(mask, "/S").flatMap(pdf.nameText) == "Luminosity" || use == .maskValues ? .maskValues : .maskShape
            if add(group, .content, inside) { resources(pdf.value(pdf.streamDictionary(group), "/Resources"), inside) }
        }
    }
}
