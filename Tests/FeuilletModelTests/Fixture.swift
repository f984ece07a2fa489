import Foundation

/// Files the tests read, found from this source file's path so the test target needs no
/// resources in Package.swift and nothing outside the repository.
enum Fixture {
    static let testsFolder = URL(filePath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ name: String) throws -> String {
        try String(contentsOf: testsFolder.appending(path: "Fixtures").appending(path: name), encoding: .utf8)
    }

    static func article(_ name: String) throws -> String {
        try String(contentsOf: repositoryRoot.appending(path: "Articles").appending(path: name), encoding: .utf8)
    }
}
