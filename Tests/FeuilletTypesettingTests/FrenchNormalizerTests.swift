import Testing
import FeuilletModel
@testable import FeuilletTypesetting

@Suite("French normalizer")
struct FrenchNormalizerTests {
    let n = FrenchNormalizer()
    static let t = "\u{202F}", nb = "\u{00A0}"

    @Test("spaces and punctuation French typography wants", arguments: [
        ("Pourquoi ?", "Pourquoi\(t)?"),
        ("Pourquoi?", "Pourquoi\(t)?"),
        ("Attention !", "Attention\(t)!"),
        ("un ; deux", "un\(t); deux"),
        ("Chimiothérapie : utilisation", "Chimiothérapie\(nb): utilisation"),
        ("Vraiment ?!", "Vraiment\(t)?!"),
        ("\"citation\"", "«\(t)citation\(t)»"),
        ("« citation »", "«\(t)citation\(t)»"),
        ("l'immunothérapie", "l’immunothérapie"),
        ("aujourd'hui", "aujourd’hui"),
        ("et puis...", "et puis…"),
        ("10 %", "10\(t)%"),
        ("10%", "10\(t)%"),
        ("38 °C", "38\(t)°C"),
        ("39,5 °C", "39,5\(t)°C"),
        ("2,5 mg/kg", "2,5\(t)mg/kg"),
        ("1,5 200 g", "1,5 200\(t)g"),
        ("15 mg/kg", "15\(t)mg/kg"),
        ("20 €", "20\(t)€"),
        ("1 200 familles", "1\(t)200\(nb)familles"),
        ("Dr Martin", "Dr\(nb)Martin"),
        ("M. Dupont", "M.\(nb)Dupont"),
        ("Mme Durand", "Mme\(nb)Durand"),
        ("des fruits, des légumes etc.", "des fruits, des légumes\(nb)etc."),
    ] as [(String, String)])
    func rules(input: String, expected: String) {
        #expect(n.normalize(input) == expected)
    }

    @Test("what keeps together: phone numbers, times, numbers and what they count, references", arguments: [
        ("au 04 72 00 00 10.", "au 04\(nb)72\(nb)00\(nb)00\(nb)10."),
        ("le 0 800 12 34 56 (gratuit)", "le 0\(nb)800\(nb)12\(nb)34\(nb)56 (gratuit)"),
        ("(+33 4 72 00 00 10)", "(+33\(nb)4\(nb)72\(nb)00\(nb)00\(nb)10)"),
        ("de 8 h à 17 h 30", "de 8\(t)h à 17\(t)h\(t)30"),
        ("de 8h30 à 12h", "de 8\(t)h\(t)30 à 12\(t)h"),
        ("ouvert 24 h/24", "ouvert 24\(t)h/24"),
        ("(15 mg/kg par prise", "(15\(t)mg/kg par prise"),
        ("(2 mg, par exemple)", "(2\(t)mg, par exemple)"),
        ("avant 2 ans, 20 minutes", "avant 2\(nb)ans, 20\(nb)minutes"),
        ("1,5 million d’habitants", "1,5\(nb)million d’habitants"),
        ("12 500 consultations", "12\(t)500\(nb)consultations"),
        ("1 200 000 €", "1\(t)200\(t)000\(t)€"),
        ("(1 200 patients)", "(1\(t)200\(nb)patients)"),
        ("8 heures, pas 8 h", "8\(nb)heures, pas 8\(t)h"),
        ("de 10 à 12 ans", "de 10 à 12\(nb)ans"),
        ("le 15 en cas d’urgence", "le 15 en cas d’urgence"),
        ("voir p. 12, n° 5, art. 3 et § 4", "voir p.\(nb)12, n°\(nb)5, art.\(nb)3 et §\(nb)4"),
        ("(Dr Martin) et le Pr Lefèvre", "(Dr\(nb)Martin) et le Pr\(nb)Lefèvre"),
        ("le NT-proBNP et la COVID-19", "le NT-\u{2060}proBNP et la COVID-\u{2060}19"),
        ("un week-end, parlez-en", "un week-end, parlez-en"),
    ] as [(String, String)])
    func keptTogether(input: String, expected: String) {
        #expect(n.normalize(input) == expected)
    }

    @Test("a title and its name in different text nodes: the space between them is bound")
    func titleAcrossNodes() {
        let doc = Document(metadata: Metadata(title: "T"), blocks: [.paragraph([.text("le "), .strong([.text("Dr")]), .text(" Martin")])])
        #expect(n.normalize(doc).blocks[0] == .paragraph([.text("le "), .strong([.text("Dr")]), .text("\u{00A0}Martin")]))
    }

    @Test("what it must leave alone", arguments: [
        "Voir https://www.e-cancer.fr/Patients?q=metastases:1 pour en savoir plus",
        "Écrire à contact@example.org pour un rendez-vous",
        "Rendez-vous à 10:30 demain",
        "un rapport de 1:2 entre les groupes",
        "www.has-sante.fr",
        "(voir www.has-sante.fr/p-12 ou rdv@chu-exemple.fr)",
        "en 2026 plusieurs pays",
        "la 2e dose",
    ])
    func leftAlone(input: String) {
        #expect(n.normalize(input) == input)
    }

    @Test("idempotent: a second pass changes nothing")
    func idempotent() {
        for s in ["Pourquoi ? « Oui » : 10 % de 1 200 patients, Dr Martin l'a dit...", "Le cancer métastatique : incurable mais traitable",
                  "Appelez le 04 72 00 00 10 ou le +33 4 72 00 00 10 de 8h30 à 17 h 30 (15 mg/kg, 2 ans, p. 12) : NT-proBNP, SARS-CoV-2."] {
            let once = n.normalize(s)
            #expect(n.normalize(once) == once)
        }
    }

    @Test("a colon after a bold term gets its space though it is in the next text node")
    func acrossInlines() {
        let doc = Document(metadata: Metadata(title: "Titre ?"), blocks: [.paragraph([.strong([.text("Terme")]), .text(" : définition")]),
                                                                         .paragraph([.code("a:b"), .text(" fin")])])
        let out = n.normalize(doc)
        #expect(out.metadata.title == "Titre\u{202F}?")
        #expect(out.blocks[0] == .paragraph([.strong([.text("Terme")]), .text("\u{00A0}: définition")]))
        #expect(out.blocks[1] == .paragraph([.code("a:b"), .text(" fin")]))
    }

    @Test("a table's cells get French spacing, each on its own: numbers keep their unit, nothing binds two cells")
    func tableCells() {
        let table = Table(alignments: [.none, .none], header: [[.text("Âge")], [.text("Note ?")]],
                          rows: [[[.text("2 mois")], [.text("Rappel : 15 mg/kg")]], [[.text("12")], [.text("mois")]]])
        let out = n.normalize(Document(metadata: Metadata(title: "T"), blocks: [.table(table)]))
        let nb = Self.nb, t = Self.t
        #expect(out.blocks == [.table(Table(alignments: [.none, .none], header: [[.text("Âge")], [.text("Note\(t)?")]],
                                            rows: [[[.text("2\(nb)mois")], [.text("Rappel\(nb): 15\(t)mg/kg")]],
                                                   [[.text("12")], [.text("mois")]]]))])
    }
}
