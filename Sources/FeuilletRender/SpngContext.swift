internal import CSpng

/// Owns a libspng context (`spng_ctx*`), for encoding or decoding one PNG; every call's
/// code is turned into an error in libspng's own words.
final class SpngContext {
    let pointer: OpaquePointer

    init(encoder: Bool) throws {
        guard let pointer = spng_ctx_new(encoder ? Int32(SPNG_CTX_ENCODER.rawValue) : 0) else { throw PNGExporter.Failure.encoding("out of memory") }
        self.pointer = pointer
    }

    deinit { spng_ctx_free(pointer) }

    func check(_ code: Int32) throws {
        if code != 0 { throw PNGExporter.Failure.encoding(String(cString: spng_strerror(code))) }
    }
}
