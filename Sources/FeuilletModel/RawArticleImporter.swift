/// Reads an article copied as plain text from the Q&A site (the seed's form) into a `Document`.
///
/// The page reads: the question, a view count ("34 voir"), the short answer, the comment and
/// like bar ("Commentez 0 J'aime"), then the article, which repeats the question as its own
/// headline. The site's interface lines are dropped and their counts kept in
/// `metadata.extra` ("views", "comments", "likes"); the author's text is kept as written.
public struct RawArticleImporter: Sendable {
    public init() {}

    public func importDocument(_ text: String, file: String) throws -> (Document, [Diagnostic]) {
        let lines = text.textLines
        guard let questionIndex = lines.firstIndex(where: { !$0.trimmed.isEmpty }) else {
            throw Diagnostic(file: file, line: 1, message: "empty article: no title")
        }
        let question = lines[questionIndex].trimmed
        var metadata = Metadata(title: question)
        var warnings: [Diagnostic] = []
        let chrome = lines.map { SiteChrome(line: $0) }
        for case let counts? in chrome.map({ $0?.counts }) {
            metadata.extra.merge(counts) { first, _ in first }
        }

        // The header (question, short answer) ends at the comment/like bar or at the headline.
        var summary: [String] = []
        var articleStart: Int?
        for index in lines.indices.dropFirst(questionIndex + 1) {
            if chrome[index]?.closesHeader == true {
                articleStart = index + 1
                break
            }
            if askSameQuestion(lines[index], question) {
                articleStart = index
                break
            }
            if chrome[index] == nil, !lines[index].trimmed.isEmpty { summary.append(lines[index].trimmed) }
        }
        if articleStart != nil {
            metadata.summary = summary.isEmpty ? nil : summary.joined(separator: " ")
        } else {
            warnings.append(Diagnostic(file: file, line: questionIndex + 1, severity: .warning, message:
                "no \"Commentez … J'aime\" line after the question: the short answer cannot be told from the article; no summary"))
        }

        var body = lines.indices.dropFirst(articleStart ?? questionIndex + 1).map { chrome[$0] == nil ? lines[$0] : "" }
        // The article's own headline, when it repeats the question, is the better title.
        if let first = body.firstIndex(where: { !$0.trimmed.isEmpty }), askSameQuestion(body[first], question) {
            metadata.title = body[first].trimmed
            body.removeSubrange(...first)
        }
        return (Document(metadata: metadata, blocks: RawBodyReader().read(body)), warnings)
    }
}
