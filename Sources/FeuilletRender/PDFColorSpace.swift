/// PDF colour spaces as the press file tells them apart: by name (`DeviceRGB`),
/// `ICCBased` with its number of components (`ICCBased 3`), or another array's family.
enum PDFColorSpace {
    /// The colour space an image, a shading or a transparency group (its `/CS`) is in.
    static func of(_ dictionary: QPDFDocument.Object, _ pdf: QPDFDocument, key: String = "/ColorSpace") -> String? {
        let dictionary = pdf.isStream(dictionary) ? pdf.streamDictionary(dictionary) : dictionary
        return pdf.value(dictionary, key).flatMap { name($0, pdf) }
    }

    /// A colour space object's name.
    static func name(_ space: QPDFDocument.Object, _ pdf: QPDFDocument) -> String? {
        if let name = pdf.nameText(space) { return name }
        let items = pdf.items(space)
        guard let family = items.first.flatMap(pdf.nameText) else { return nil }
        if family == "ICCBased", items.count > 1, let n = pdf.value(pdf.streamDictionary(items[1]), "/N").flatMap(pdf.integer) { return "ICCBased \(n)" }
        return family
    }

    /// Colour spaces of three components: what the press file must not hold.
    static func isRGB(_ space: String?) -> Bool { ["DeviceRGB", "CalRGB", "ICCBased 3"].contains(space ?? "") }

    /// A transparency group's blending space (`/Group` `/CS` of a page or form).
    static func group(_ object: QPDFDocument.Object, _ pdf: QPDFDocument) -> String? {
        let dictionary = pdf.isStream(object) ? pdf.streamDictionary(object) : object
        return pdf.value(dictionary, "/Group").flatMap { of($0, pdf, key: "/CS") }
    }
}
