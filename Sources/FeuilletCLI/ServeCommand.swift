import ArgumentParser
import Foundation
import FeuilletStudio

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Opens the studio: every article of Articles/ in every style and format, in your browser, updated as you write.",
        discussion: """
            Listens on 127.0.0.1 only (this machine; nobody else on the network can reach it). Open the address it \
            prints. For an article, the page shows the A4, DL and three-panel leaflets, the title card at every preset \
            and the square carousel in each style of Styles/, with the errors and warnings of each (file:line:col). \
            Click one for all its pages, zoom and the PDF or PNG files. When the article, a style (or one it extends), \
            a picture or a font changes on disk, the variants made from it are redone and the page updates itself. \
            In the page: the article's text, a style's own colours and fonts (written back with its comments kept) \
            and a new article from a page scraped from the Q&A site. Stop with Ctrl-C.
            """)

    @Option(help: "The port to listen on (0: any free port).")
    var port: Int = StudioServer.defaultPort

    @OptionGroup var project: ProjectOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port: \(port) is not a port (0 to 65535)") }
    }

    func run() throws {
        try Reporting.run {
            let server = StudioServer(studio: Studio(root: URL(fileURLWithPath: project.root), extraFontFolders: project.fontDirs), port: port)
            try StudioServer.block {
                try await server.run { port in
                    FileHandle.standardOutput.write(Data("Feuillet studio: http://127.0.0.1:\(port)/ (Ctrl-C to stop)\n".utf8))
                }
            }
        }
    }
}
