import Foundation
internal import CQPDF

/// A PDF opened with qpdf's library, in-process: it adds what Cairo cannot write (trim and
/// bleed boxes, the language, the structure tree) through qpdf's object API and writes the
/// file again. Objects are qpdf handles, valid while the document is open.
final class QPDFDocument {
    enum Failure: Error, CustomStringConvertible {
        case failed(String)
        var description: String {
            switch self { case .failed(let message): "qpdf failed: \(message)" }
        }
    }

    /// A handle on one of the document's objects.
    struct Object {
        fileprivate let handle: qpdf_oh
    }

    private var data: qpdf_data?
    /// qpdf reads from this copy of the file for as long as the document is open.
    private let buffer: UnsafeMutableRawBufferPointer

    init(_ pdf: [UInt8]) throws {
        buffer = .allocate(byteCount: max(pdf.count, 1), alignment: 1)
        pdf.withUnsafeBytes { buffer.copyMemory(from: $0) }
        data = qpdf_init()
        qpdf_silence_errors(data)
        qpdf_read_memory(data, "cairo.pdf", buffer.baseAddress?.assumingMemoryBound(to: CChar.self), UInt64(pdf.count), nil)
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

    // MARK: objects

    var root: Object { Object(handle: qpdf_get_root(data)) }
    func page(_ index: Int) -> Object { Object(handle: qpdf_get_page_n(data, index)) }

    /// The value of a dictionary's key, or nil when it has none.
    func value(_ object: Object, _ key: String) -> Object? {
        guard qpdf_oh_is_dictionary(data, object.handle) != 0, qpdf_oh_has_key(data, object.handle, key) != 0 else { return nil }
        let value = qpdf_oh_get_key(data, object.handle, key)
        return qpdf_oh_is_null(data, value) != 0 ? nil : Object(handle: value)
    }

    /// An array's items; any other object as the one item of a list.
    func items(_ object: Object) -> [Object] {
        guard qpdf_oh_is_array(data, object.handle) != 0 else { return [object] }
        return (0..<qpdf_oh_get_array_n_items(data, object.handle)).map { Object(handle: qpdf_oh_get_array_item(data, object.handle, $0)) }
    }

    func integer(_ object: Object) -> Int? {
        qpdf_oh_is_integer(data, object.handle) != 0 ? Int(qpdf_oh_get_int_value(data, object.handle)) : nil
    }

    func isDictionary(_ object: Object, type: String) -> Bool { qpdf_oh_is_dictionary_of_type(data, object.handle, type, "") != 0 }

    /// The object number of an indirect object (0 for a direct one).
    func number(_ object: Object) -> Int { Int(qpdf_oh_get_object_id(data, object.handle)) }

    func dictionary(_ entries: [(String, Object)]) -> Object {
        let dictionary = qpdf_oh_new_dictionary(data)
        for (key, value) in entries { qpdf_oh_replace_key(data, dictionary, key, value.handle) }
        return Object(handle: dictionary)
    }

    func array(_ items: [Object]) -> Object {
        let array = qpdf_oh_new_array(data)
        for item in items { qpdf_oh_append_item(data, array, item.handle) }
        return Object(handle: array)
    }

    func name(_ name: String) -> Object { Object(handle: qpdf_oh_new_name(data, name)) }
    func integer(_ value: Int) -> Object { Object(handle: qpdf_oh_new_integer(data, Int64(value))) }
    func text(_ value: String) -> Object { Object(handle: qpdf_oh_new_unicode_string(data, value)) }
    var null: Object { Object(handle: qpdf_oh_new_null(data)) }
    func boolean(_ value: Bool) -> Object { Object(handle: qpdf_oh_new_bool(data, value ? 1 : 0)) }

    /// The object made indirect: written once, referred to from elsewhere.
    func indirect(_ object: Object) -> Object { Object(handle: qpdf_make_indirect_object(data, object.handle)) }

    func set(_ object: Object, _ key: String, _ value: Object) { qpdf_oh_replace_key(data, object.handle, key, value.handle) }
    func append(_ array: Object, _ item: Object) { qpdf_oh_append_item(data, array.handle, item.handle) }

    // MARK: streams and values, for the press file

    var trailer: Object { Object(handle: qpdf_get_trailer(data)) }

    func isStream(_ object: Object) -> Bool { qpdf_oh_is_stream(data, object.handle) != 0 }

    /// A name's text without its slash ("DeviceRGB"), or nil.
    func nameText(_ object: Object) -> String? {
        guard qpdf_oh_is_name(data, object.handle) != 0, let name = qpdf_oh_get_name(data, object.handle) else { return nil }
        return String(String(cString: name).dropFirst())
    }

    /// A string's text (PDFDocEncoding or UTF-16 made UTF-8), or nil.
    func stringText(_ object: Object) -> String? {
        guard qpdf_oh_is_string(data, object.handle) != 0, let text = qpdf_oh_get_utf8_value(data, object.handle) else { return nil }
        return String(cString: text)
    }

    /// A dictionary's (or a stream dictionary's) keys, slash included.
    func keys(_ object: Object) -> [String] {
        let dictionary = isStream(object) ? qpdf_oh_get_dict(data, object.handle) : object.handle
        guard qpdf_oh_is_dictionary(data, dictionary) != 0 else { return [] }
        var keys: [String] = []
        qpdf_oh_begin_dict_key_iter(data, dictionary)
        while qpdf_oh_dict_more_keys(data) != 0 { if let key = qpdf_oh_dict_next_key(data) { keys.append(String(cString: key)) } }
        return keys.sorted()
    }

    /// A stream's dictionary, to read or set its keys.
    func streamDictionary(_ stream: Object) -> Object { Object(handle: qpdf_oh_get_dict(data, stream.handle)) }

    /// A page's content streams, decoded and joined.
    func pageContent(_ index: Int) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?, length = 0
        qpdf_oh_get_page_content_data(data, qpdf_get_page_n(data, index), &buffer, &length)
        defer { free(buffer) }
        try check("reading page \(index + 1)'s content")
        return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
    }

    /// A stream's data, decoded (Flate and the like), or as it is stored (a JPEG's bytes).
    func streamData(_ stream: Object, decoded: Bool = true) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?, length = 0
        qpdf_oh_get_stream_data(data, stream.handle, decoded ? qpdf_dl_generalized : qpdf_dl_none, nil, &buffer, &length)
        defer { free(buffer) }
        try check("reading a stream")
        return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
    }

    /// Replaces a stream's data with `bytes`, unfiltered (qpdf compresses it on writing), or
    /// already encoded with `filter` ("/DCTDecode"); its `/Filter` and `/DecodeParms` say so.
    func replaceStreamData(_ stream: Object, _ bytes: [UInt8], filter: String? = nil) {
        let filter = filter.map { qpdf_oh_new_name(data, $0) } ?? qpdf_oh_new_null(data)
        bytes.withUnsafeBufferPointer { qpdf_oh_replace_stream_data(data, stream.handle, $0.baseAddress, $0.count, filter, qpdf_oh_new_null(data)) }
    }

    func isArray(_ object: Object) -> Bool { qpdf_oh_is_array(data, object.handle) != 0 }

    /// A number's value, integer or real.
    func numeric(_ object: Object) -> Double? {
        qpdf_oh_is_number(data, object.handle) != 0 ? qpdf_oh_get_numeric_value(data, object.handle) : nil
    }

    func bool(_ object: Object) -> Bool? {
        qpdf_oh_is_bool(data, object.handle) != 0 ? qpdf_oh_get_bool_value(data, object.handle) != 0 : nil
    }

    /// A new indirect stream holding `bytes`, its dictionary given `entries`.
    func stream(_ bytes: [UInt8], _ entries: [(String, Object)]) -> Object {
        let stream = Object(handle: qpdf_oh_new_stream(data))
        replaceStreamData(stream, bytes)
        for (key, value) in entries { qpdf_oh_replace_key(data, qpdf_oh_get_dict(data, stream.handle), key, value.handle) }
        return stream
    }

    /// A string of bytes as they are (PDFDocEncoding), not made UTF-16.
    func byteString(_ value: String) -> Object { Object(handle: qpdf_oh_new_string(data, value)) }

    func real(_ value: Double) -> Object { Object(handle: qpdf_oh_new_real_from_double(data, value, 3)) }

    /// The file's header says at least this version ("1.6").
    var minimumVersion: String?

    /// The rewritten file, its ID derived from its content so reruns give the same bytes.
    /// Only objects still referred to are written (qpdf drops the rest).
    func write() throws -> [UInt8] {
        qpdf_init_write_memory(data)
        qpdf_set_deterministic_ID(data, 1)
        if let minimumVersion { qpdf_set_minimum_pdf_version(data, minimumVersion) }
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
