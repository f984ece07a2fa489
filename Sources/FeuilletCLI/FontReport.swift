import ArgumentParser
import FeuilletLayout

/// `--strict`, for the commands that render.
struct FontOptions: ParsableArguments {
    @Flag(help: "Make a font fallback or a missing glyph an error: exit code 1 and no file written.")
    var strict = false
}

/// Reports what `FontCheck` finds on laid-out pages, before anything is written: warnings,
/// or with `--strict` errors that stop the run.
enum FontReport {
    static func check(_ pages: [Page], source: String, strict: Bool) throws {
        let problems = FontCheck.problems(in: pages)
        for problem in problems { Reporting.warn("\(source): \(strict ? "error" : "warning"): \(problem)") }
        if strict && !problems.isEmpty { throw ExitCode.failure }
    }
}
