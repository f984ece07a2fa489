import Foundation
internal import SwiftCSV

/// The rows of a data file for bulk cards (`feuillet cards --data tips.csv`): a CSV file
/// (comma, semicolon or tab, its first line the column names; read by SwiftCSV) or a JSON
/// array of objects of texts. Each row becomes one card; a row that cannot is named by its
/// number and fails alone.
public struct CardData: Sendable {
    public struct Row: Sendable {
        /// From 1, the first row after the CSV's header (the JSON array's first object).
        public var number: Int
        public var values: [String: String]
        /// Why the row cannot be read (a CSV row with more or fewer fields than the header).
        public var problem: String?
    }

    public var file: String
    public var columns: [String]
    public var rows: [Row]

    public static let maximumBytes = 2_000_000
    public static let maximumRows = 1_000

    /// The fields a row gives a card, which `--map field=Column` may take from a column of
    /// another name (by default, the column of the field's own name, in any case).
    public static let fields = ["title", "text", "figure", "layout", "image", "image-focus", "image-alt", "source", "name"]

    public init(file: String, columns: [String], rows: [Row]) {
        self.file = file
        self.columns = columns
        self.rows = rows
    }

    /// Reads a `.csv` or `.json` file; what makes the whole file unusable is a `Diagnostic`.
    public static func read(_ file: String) throws -> CardData {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw Diagnostic(file: file, line: 1, message: "cannot read the data file")
        }
        guard data.count <= maximumBytes else { throw Diagnostic(file: file, line: 1, message: "the data file is \(data.count / 1000) KB, more than the \(maximumBytes / 1000) KB it may be") }
        guard let text = String(data: data, encoding: .utf8) else { throw Diagnostic(file: file, line: 1, message: "the data file is not UTF-8 text") }
        let read = file.lowercased().hasSuffix(".json") ? try json(text, file: file) : try csv(text, file: file)
        guard read.rows.count <= maximumRows else { throw Diagnostic(file: file, line: 1, message: "the data file has \(read.rows.count) rows, more than \(maximumRows)") }
        guard !read.rows.isEmpty else { throw Diagnostic(file: file, line: 1, message: "the data file has no rows") }
        return read
    }

    private static func csv(_ text: String, file: String) throws -> CardData {
        let csv: CSV<Enumerated>
        do { csv = try CSV<Enumerated>(string: text, loadColumns: false) } catch {
            throw Diagnostic(file: file, line: 1, message: "not CSV: \(error)")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        let rows = csv.rows.enumerated().compactMap { n, fields -> Row? in
            guard !fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
            var row = Row(number: n + 1, values: Dictionary(zip(header, fields), uniquingKeysWith: { a, _ in a }))
            if fields.count != header.count { row.problem = "it has \(fields.count) fields, the header \(header.count)" }
            return row
        }
        return CardData(file: file, columns: header, rows: rows)
    }

    private static func json(_ text: String, file: String) throws -> CardData {
        guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else {
            throw Diagnostic(file: file, line: 1, message: "a JSON data file is an array of objects, one per card: [{\"title\": \"…\"}, …]")
        }
        var columns: [String] = []
        let rows = array.enumerated().map { n, item -> Row in
            guard let object = item as? [String: Any] else { return Row(number: n + 1, values: [:], problem: "it is not an object of texts") }
            var values: [String: String] = [:], problem: String?
            for key in object.keys.sorted() {
                if !columns.contains(key) { columns.append(key) }
                switch object[key] {
                case let s as String: values[key] = s
                case let number as NSNumber: values[key] = number.stringValue
                default: problem = "its \"\(key)\" is not a text or a number"
                }
            }
            return Row(number: n + 1, values: values, problem: problem)
        }
        return CardData(file: file, columns: columns, rows: rows)
    }

    /// The column each field is read from: `mapping` (field → column), else the column of
    /// the field's name. An unknown field or column is an error naming the known ones.
    public func columns(mapping: [String: String]) throws -> [String: String] {
        var chosen: [String: String] = [:]
        for (field, column) in mapping {
            guard Self.fields.contains(field) else { throw Diagnostic(file: file, line: 1, message: "--map \(field)=…: a card has no field \"\(field)\" (fields: \(Self.fields.joined(separator: ", ")))") }
            guard columns.contains(column) else { throw Diagnostic(file: file, line: 1, message: "--map \(field)=\(column): the data has no column \"\(column)\" (columns: \(columns.joined(separator: ", ")))") }
            chosen[field] = column
        }
        for field in Self.fields where chosen[field] == nil {
            if let column = columns.first(where: { $0.lowercased() == field }) { chosen[field] = column }
        }
        guard chosen["title"] != nil else { throw Diagnostic(file: file, line: 1, message: "no column gives the cards' title: name one `title`, or use --map title=COLUMN (columns: \(columns.joined(separator: ", ")))") }
        return chosen
    }

    /// A row as the article its card shows, or why it cannot be one (in words, for "row N: …").
    public func document(_ row: Row, columns: [String: String]) -> Result<Document, Diagnostic> {
        func fail(_ message: String) -> Result<Document, Diagnostic> { .failure(Diagnostic(file: file, line: row.number, message: "row \(row.number): \(message)")) }
        if let problem = row.problem { return fail(problem) }
        func value(_ field: String) -> String? {
            columns[field].flatMap { row.values[$0] }.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let title = value("title") else { return fail("no title (column \"\(columns["title"] ?? "title")\" is empty)") }
        for (field, limit) in [("title", 300), ("text", 1_500)] {
            if let v = value(field), v.count > limit { return fail("its \(field) is \(v.count) characters long, more than \(limit)") }
        }
        var meta = Metadata(title: title, summary: value("text"), source: value("source"))
        var choice = CardChoices.Choice(line: row.number)
        if let name = value("layout") {
            guard let layout = CardLayout(rawValue: name) else { return fail("\"\(name)\" is not a layout: use \(CardLayout.allCases.map(\.rawValue).joined(separator: ", "))") }
            choice.layout = layout
        }
        choice.figure = value("figure")
        // A figure given is a figure shown.
        if choice.figure != nil, choice.layout == nil { choice.layout = .figure }
        if let source = value("image") {
            let (path, problem) = ImageReference.resolve(source, in: file)
            if let problem { return fail(problem) }
            meta.image = Figure(source: source, file: path, alt: value("image-alt") ?? "", article: file, line: row.number)
            meta.imageAlt = value("image-alt")
        }
        if let focus = value("image-focus") {
            guard let parsed = ImageFocus(parsing: focus) else { return fail("\"\(focus)\" is not a focal point: write it across then down, `30% 40%`") }
            meta.imageFocus = parsed
        }
        meta.cards = CardChoices(kinds: ["title": choice])
        return .success(Document(metadata: meta, blocks: []))
    }

    /// The row's file name: its `name` column made safe (letters, digits, - and _), else `card-007`.
    public func name(_ row: Row, columns: [String: String]) -> String {
        let raw = columns["name"].flatMap { row.values[$0] } ?? ""
        let safe = String(raw.folding(options: .diacriticInsensitive, locale: nil).lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) || $0 == "-" || $0 == "_" ? $0 : "-" }.prefix(80))
        let trimmed = safe.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? String(format: "card-%03d", row.number) : trimmed
    }
}
