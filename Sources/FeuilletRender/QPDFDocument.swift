internal import CQPDF

/// A PDF opened with qpdf's library, in-process: the quick way to add what Cairo cannot
/// write to every printed page (trim and bleed boxes, the language). Rearranging the
/// structure tree of a folded leaflet goes through the qpdf tool (`QPDF`) instead.
final class QPDFDocument {
    private var data: qpdf_data?
    /// qpdf reads from this copy of the file for as long as the document is open.
    private let buffer: UnsafeMutableBufferPointer<CChar>

    init(_ pdf: [UInt8]) throws {
        buffer = .allocate(capacity: max(pdf.count, 1))
        _ = buffer.initialize(from: pdf.map { CChar(bitPattern: $0) })
        data = qpdf_init()
        qpdf_silence_errors(data)
        qpdf_read_memory(data, "cairo.pdf", buffer.baseAddress, UInt64(pdf.count), nil)
        try check("reading the PDF")
    }

    deinit {
        qpdf_cleanup(&data)
        buffer.deallocate()
    }

    var pageCount: Int { Int(qpdf_get_num_pages(data)) }

    /// Sets `key` of page `index` (from 0) to an array of numbers, e.g. a box.
    func setPageArray(_ index: Int, _ key: String, _ values: [Double]) {
        let array = qpdf_oh_new_array(data)
        for v in values { qpdf_oh_append_item(data, array, qpdf_oh_new_real_from_double(data, v, 3)) }
        qpdf_oh_replace_key(data, qpdf_get_page_n(data, index), key, array)
    }

    /// The document catalog's `/Lang`, so screen readers speak the right language.
    func setLanguage(_ language: String) {
        qpdf_oh_replace_key(data, qpdf_get_root(data), "/Lang", qpdf_oh_new_unicode_string(data, language))
    }

    /// The rewritten file, its ID derived from its content so reruns give the same bytes.
    func write() throws -> [UInt8] {
        qpdf_init_write_memory(data)
        qpdf_set_deterministic_ID(data, 1)
        qpdf_write(data)
        try check("writing the PDF")
        guard let bytes = qpdf_get_buffer(data) else { throw QPDF.Failure.failed("no output") }
        return Array(UnsafeBufferPointer(start: bytes, count: qpdf_get_buffer_length(data)))
    }

    private func check(_ operation: String) throws {
        guard qpdf_has_error(data) != 0 else { return }
        let message = qpdf_get_error_full_text(data, qpdf_get_error(data)).map { String(cString: $0) } ?? "unknown error"
        throw QPDF.Failure.failed("\(operation): \(message)")
    }
}
