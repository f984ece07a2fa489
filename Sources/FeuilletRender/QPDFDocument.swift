import Foundation
internal import CQPDF

/// A PDF opened with qpdf's library, in-process: it adds what Cairo cannot write (trim and
/// bleed boxes, the language, a structure tree in reading order) and writes the file again.
final class QPDFDocument {
    enum Failure: Error, CustomStringConvertible {
        case failed(String)
        var description: String {
            switch self { case .failed(let message): "qpdf failed: \(message)" }
        }
    }

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

    /// The objects as qpdf JSON version 2, without stream data (what `qpdf --json-output
    /// --json-stream-data=none` writes).
    func json() throws -> Data {
        var json = Data()
        withUnsafeMutablePointer(to: &json) { sink in
            _ = qpdf_write_json(data, 2, { bytes, count, sink in
                guard let bytes, let sink else { return count == 0 ? 0 : 1 }
                sink.assumingMemoryBound(to: Data.self).pointee.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: count)
                return 0
            }, sink, qpdf_dl_none, qpdf_sj_none, "", nil)
        }
        try check("writing the JSON")
        return json
    }

    /// Replaces the objects that `json` (qpdf JSON version 2) gives and no others. Like the
    /// qpdf tool, which exits 3 then, a warning (here or on reading) is a failure.
    func update(json: Data) throws {
        json.withUnsafeBytes { bytes in
            _ = qpdf_update_from_json_data(data, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), UInt64(bytes.count))
        }
        try check("updating from JSON")
        if qpdf_more_warnings(data) != 0 {
            let warning = qpdf_get_error_full_text(data, qpdf_next_warning(data)).map { String(cString: $0) } ?? "unknown warning"
            throw Failure.failed("updating from JSON: \(warning)")
        }
    }

    /// The rewritten file, its ID derived from its content so reruns give the same bytes.
    func write() throws -> [UInt8] {
        qpdf_init_write_memory(data)
        qpdf_set_deterministic_ID(data, 1)
        qpdf_write(data)
        try check("writing the PDF")
        guard let bytes = qpdf_get_buffer(data) else { throw Failure.failed("no output") }
        return Array(UnsafeBufferPointer(start: bytes, count: qpdf_get_buffer_length(data)))
    }

    private func check(_ operation: String) throws {
        guard qpdf_has_error(data) != 0 else { return }
        let message = qpdf_get_error_full_text(data, qpdf_get_error(data)).map { String(cString: $0) } ?? "unknown error"
        throw Failure.failed("\(operation): \(message)")
    }
}
