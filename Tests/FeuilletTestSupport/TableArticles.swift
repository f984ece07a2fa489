import Foundation

/// Articles with tables, written once per test process: the vaccination calendar (9 rows
/// of 4 columns), the same after a long opening so that it runs over a column turn, a
/// table of figures, and tables too wide or too tall for any column.
public enum TableArticles {
    /// The calendar's header and rows, as the tests read them back.
    public static let header = ["Âge", "Vaccins", "Doses", "À savoir"]
    public static let rows = [
        ["2 mois", "Hexavalent, pneumocoque", "2", "Rotavirus : un vaccin à boire, le même jour."],
        ["3 mois", "Méningocoque B", "1", "Paracétamol possible en cas de fièvre."],
        ["4 mois", "Hexavalent, pneumocoque", "2", "Rotavirus : deuxième dose."],
        ["5 mois", "Méningocoque B", "1", "Deuxième dose."],
        ["6 mois", "Méningocoques ACWY", "1", "—"],
        ["11 mois", "Hexavalent, pneumocoque", "2", "Rappel : il protège durablement."],
        ["12 mois", "ROR, méningocoques ACWY et B", "3", "ROR : rougeole, oreillons, rubéole."],
        ["16 à 18 mois", "ROR", "1", "Deuxième dose, contre la rougeole."],
        ["6 ans", "DTCaP", "1", "Rappel : diphtérie, tétanos, coqueluche, polio."],
    ]

    static func markdown(_ header: [String], _ rows: [[String]], alignments: String? = nil) -> String {
        let line = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |" }
        return ([line(header), alignments ?? line(header.map { _ in "---" })] + rows.map(line)).joined(separator: "\n")
    }

    static func write(_ name: String, title: String, body: String) -> String {
        let url = Support.temporaryFolder().appendingPathComponent("\(name).md")
        try! """
            ---
            title: "\(title)"
            summary: "Les vaccins de la petite enfance, en un tableau."
            lang: fr
            source: "Texte d'exemple rédigé pour les tests de Feuillet"
            date: 2026-09-15
            ---

            \(body)
            """.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// A paragraph of about `words` words before the table.
    static func opening(words: Int) -> String {
        let sentence = "Les vaccins se font au cours des rendez-vous de suivi, chez le médecin ou à la PMI, carnet de santé en main."
        let count = sentence.split(separator: " ").count
        return Array(repeating: sentence, count: max(1, words / count)).joined(separator: " ")
    }

    /// The calendar after a short opening: it fits in the first column of an A4 page.
    public static let calendar = write("calendrier", title: "Le calendrier des vaccins",
                                       body: "Ce tableau résume le calendrier :\n\n" + markdown(header, rows) + "\n\nApportez le carnet de santé.")

    /// The calendar after an opening long enough that a column turn falls inside it.
    public static let calendarOverATurn = write("calendrier-long", title: "Le calendrier des vaccins",
                                                body: opening(words: 200) + "\n\n" + markdown(header, rows) + "\n\nApportez le carnet de santé.")

    /// Figures of one column, to be aligned on their decimal comma.
    public static let figures = write("chiffres", title: "Des chiffres", body: markdown(["Produit", "Quantité"], [
        ["Sirop", "7,25 mL"], ["Comprimé", "12,25 mL"], ["Sachet", "7 mL"], ["Gouttes", "—"],
    ]))

    /// Twelve columns of long words: no column is wide enough, at any size.
    public static let tooWide = write("trop-large", title: "Un tableau trop large", body: "Avant le tableau.\n\n" + markdown(
        (1...12).map { "Colonne\($0)" }, [(1...12).map { "anticonstitutionnellement\($0)" }]))

    /// One row whose note runs on for longer than any column is tall.
    public static let tooTall = write("trop-haut", title: "Une ligne trop haute", body: markdown(
        ["Âge", "Note"], [["2 mois", opening(words: 900)]]))
}
