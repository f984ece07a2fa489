import ArgumentParser

/// `--strict`, for the commands that write files.
struct StrictOption: ParsableArguments {
    @Flag(help: "Make an unknown front-matter key, a font fallback, a missing glyph or an error of the checks (contrast, body size, lost words…) an error: exit code 1 and no file written.")
    var strict = false
}
