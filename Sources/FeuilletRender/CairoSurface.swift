internal import CPangoCairo

/// Owns a `cairo_surface_t`. `finish()` flushes it and surfaces any error Cairo kept
/// until then; an output is only declared written after it succeeds.
final class CairoSurface {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer?, _ operation: String) throws {
        guard let pointer else { throw CairoError(CAIRO_STATUS_NO_MEMORY, operation) }
        self.pointer = pointer
        try CairoError.check(cairo_surface_status(pointer), operation)
    }

    deinit { cairo_surface_destroy(pointer) }

    func finish() throws {
        cairo_surface_finish(pointer)
        try CairoError.check(cairo_surface_status(pointer), "finishing the surface")
    }
}

/// Owns a `cairo_t` drawing on one surface.
final class CairoContext {
    let pointer: OpaquePointer
    let surface: CairoSurface

    init(_ surface: CairoSurface) throws {
        self.surface = surface
        pointer = cairo_create(surface.pointer)
        try check("creating a drawing context")
    }

    deinit { cairo_destroy(pointer) }

    func check(_ operation: String) throws { try CairoError.check(cairo_status(pointer), operation) }
}

/// Collects what a stream surface writes, so the file can be written atomically.
final class ByteSink {
    var bytes: [UInt8] = []

    /// The C callback Cairo calls; `closure` is an unretained `ByteSink`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
