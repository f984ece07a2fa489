import Foundation
import Testing
@testable import FeuilletStyle
import FeuilletModel

@Suite("extends")
struct ExtendsTests {
    static let parent = """
        description: Parent
        fonts:
          text: DejaVu Serif
          display: DejaVu Sans
        palette:
          text: "#222222"
          accent: "#0044aa"
        page:
          size: a5
          columns: 1
        roles:
          body: { family: text, size: 11pt, line-height: 15pt, align: left, hyphenate: false }
          title: { family: display, size: 20pt, color: accent, space-after: 6pt }
        """
    static let child = """
        extends: parent
        description: Child
        roles:
          title: { size: 22pt }
        """
    static let grandchild = """
        extends: child
        palette:
          accent: "#aa0000"
        page:
          columns: 2
        roles:
          body: { size: 12pt }
        """

    @Test func childOverridesOnePropertyAndInheritsTheRest() throws {
        let folder = try StyleFolder(["parent.yml": Self.parent, "child.yml": Self.child])
        defer { folder.remove() }
        let parent = try folder.loader.load("parent")
        let child = try folder.loader.load("child")

        #expect(child.name == "child")
        #expect(child.description == "Child")
        // The one override…
        #expect(child[.title].size == 22)
        #expect(parent[.title].size == 20)
        // …and everything else from the parent.
        var title = child[.title]
        title.size = 20
        #expect(title == parent[.title])
        #expect(child[.title].family == "DejaVu Sans")
        #expect(child[.title].color == Color(parsing: "#0044aa"))
        #expect(child[.title].spaceAfter == .pt(6))
        #expect(child[.body] == parent[.body])
        #expect(child[.body].size == 11)
        #expect(child[.body].leading == 15)
        #expect(child[.body].align == .left)
        #expect(!child[.body].hyphenate)
        #expect(child.page == parent.page)
        #expect(child.page.columns == 1)
        #expect(child.page.width == .mm(148))
        #expect(child.palette == parent.palette)
    }

    @Test func threeLevels() throws {
        let folder = try StyleFolder(["parent.yml": Self.parent, "child.yml": Self.child, "grandchild.yml": Self.grandchild])
        defer { folder.remove() }
        let sheet = try folder.loader.load("grandchild")
        #expect(sheet.name == "grandchild")
        #expect(sheet.description == "Child", "description comes from the middle level")
        #expect(sheet[.title].size == 22, "from child")
        #expect(sheet[.title].family == "DejaVu Sans", "from parent")
        #expect(sheet[.title].color == Color(parsing: "#aa0000"), "the parent's `accent` now names the grandchild's colour")
        #expect(sheet.palette["text"] == Color(parsing: "#222222"))
        #expect(sheet[.body].size == 12)
        #expect(sheet[.body].leading == 15)
        #expect(sheet[.body].align == .left)
        #expect(sheet.page.columns == 2)
        #expect(sheet.page.width == .mm(148))
    }

    @Test func extendsByRelativePath() throws {
        let folder = try StyleFolder(["parent.yml": Self.parent,
                                      "child.yml": "extends: ./parent.yml\nroles:\n  title: { size: 22pt }\n"])
        defer { folder.remove() }
        let loader = StyleLoader(folders: [], knownFamilies: knownFamilies)
        let sheet = try loader.load(folder.url.appendingPathComponent("child.yml").path)
        #expect(sheet.name == "child")
        #expect(sheet[.title].size == 22)
        #expect(sheet[.title].family == "DejaVu Sans")
    }

    @Test("a parent is parsed once while its text is the same: an edited parent is read again, and its errors still name it")
    func editedParent() throws {
        let folder = try StyleFolder(["parent.yml": Self.parent, "child.yml": "extends: ./parent.yml\n"])
        defer { folder.remove() }
        let loader = StyleLoader(folders: [], knownFamilies: knownFamilies)
        let child = folder.url.appendingPathComponent("child.yml").path
        #expect(try loader.load(child)[.body].size == 11)
        #expect(try loader.load(child)[.body].size == 11)
        try Self.parent.replacingOccurrences(of: "size: 11pt", with: "size: 12pt")
            .write(to: folder.url.appendingPathComponent("parent.yml"), atomically: true, encoding: .utf8)
        #expect(try loader.load(child)[.body].size == 12)
        try Self.parent.replacingOccurrences(of: "size: 11pt", with: "size: 11ptt")
            .write(to: folder.url.appendingPathComponent("parent.yml"), atomically: true, encoding: .utf8)
        #expect { try loader.load(child) } throws: { "\($0)".contains("parent.yml:") && "\($0)".contains("11ptt") }
    }

    @Test func childCanMendAParentValue() throws {
        let sheet = try loadStyle([
            "parent.yml": "roles:\n  body:\n    size: 12\n",
            "child.yml": "extends: parent\nroles:\n  body:\n    size: 12pt\n",
        ], load: "child")
        #expect(sheet[.body].size == 12)
    }

    @Test func inheritedErrorIsReportedInTheParent() throws {
        let (error, folder) = try loadError([
            "parent.yml": "description: Parent\nroles:\n  body:\n    size: 12\n",
            "child.yml": "extends: parent\nroles:\n  body:\n    align: left\n  title: { size: 20pt }\n",
        ], load: "child")
        defer { folder.remove() }
        #expect(error.description == folder.shown("parent.yml") + #":4:11: error: roles.body.size: "12" needs a unit (pt, mm, cm, in, px, em or %)"#)
    }

    @Test func inheritedUnknownKeyIsReportedInTheParent() throws {
        let (error, folder) = try loadError([
            "parent.yml": "roles:\n  body:\n    sise: 12pt\n",
            "middle.yml": "extends: parent\n",
            "child.yml": "extends: middle\nroles:\n  body:\n    align: left\n",
        ], load: "child")
        defer { folder.remove() }
        #expect(error.description == folder.shown("parent.yml") + #":3:5: error: roles.body.sise: unknown key; did you mean "size"?"#)
    }

    @Test func errorInTheChildIsReportedInTheChild() throws {
        let (error, folder) = try loadError([
            "parent.yml": Self.parent,
            "child.yml": "extends: parent\nroles:\n  title: { color: acent }\n",
        ], load: "child")
        defer { folder.remove() }
        #expect(error.description == folder.shown("child.yml") + #":3:19: error: roles.title.color: "acent" is not a palette colour (palette: accent, text); did you mean "accent"?"#)
    }
}
