internal import CCmark

/// cmark-gfm registers its extensions in a global list without a lock; a Swift global is
/// initialised exactly once, even when several workers import articles at the same time.
private let coreExtensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

/// Parses Markdown with cmark-gfm into a node tree, with the table extension attached so
/// tables are recognised (and can be reported) rather than read as paragraphs of pipes.
/// `CMARK_OPT_FOOTNOTES` is on for the same reason. The caller owns the returned tree.
func parseCommonMark(_ text: String) -> OpaquePointer {
    _ = coreExtensionsRegistered
    // cmark aborts when memory runs out, so its constructors never return NULL.
    let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES)!
    defer { cmark_parser_free(parser) }
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"))
    var text = text
    text.withUTF8 { bytes in
        bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
    }
    return cmark_parser_finish(parser)!
}
