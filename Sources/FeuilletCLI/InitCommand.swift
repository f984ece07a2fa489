import ArgumentParser
import Foundation
import FeuilletPipeline

/// `feuillet init [FOLDER]`: a new project to start from (`NewProject`).
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Makes a new project: an example article, a house style to edit, a manifest, the fonts and what to do next.",
        discussion: """
            FOLDER (made if needed; default: the current folder) gets Articles/exemple.md, Styles/maison.yml (extends \
            classique; its comments say what to change), Styles/classique.yml and Styles/README.md (every style key), \
            feuillet.yml (the batch manifest `feuillet` reads there), Fonts/ with the families the styles use and Fonts/README.md (how to add one), \
            Profiles/ (the print shop's colour profile) and README.md. No file is ever replaced. Then, inside FOLDER, \
            `feuillet` makes every leaflet and card feuillet.yml lists. Feuillet's own files are found from the program's path, or FEUILLET_HOME.
            """)

    @Argument(help: "The project folder.")
    var folder: String = "."

    func run() throws {
        try Reporting.run {
            let project = NewProject(installation: try Installation.folder(), folder: URL(fileURLWithPath: folder))
            let files = try project.make()
            for file in files { print((folder == "." ? "" : folder + "/") + file) }
            let inside = folder == "." ? "" : "cd \(folder) && "
            print("""

                Next: \(inside)feuillet            (what feuillet.yml lists: every article in the style maison, into Output/)
                      feuillet Articles/exemple.md   (one A4 leaflet; --style maison --format trifold…)
                Edit Styles/maison.yml to make the style yours; write your articles in Articles/.
                """)
        }
    }
}
