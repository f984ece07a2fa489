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
        ("1 200 familles", "1\(t)200 familles"),
        ("Dr Martin", "Dr\(nb)Martin"),
        ("M. Dupont", "M.\(nb)Dupont"),
        ("Mme Durand", "Mme\(nb)Durand"),
        ("des fruits, des légumes etc.", "des fruits, des légumes\(nb)etc."),
    ] as [(String, String)])
    func rules(input: String, expected: String) {
        #expect(n.normalize(input) == expected)
    }

    @Test("what it must leave alone", arguments: [
        "Voir https://www.e-cancer.fr/Patients?q=metastases:1 pour en savoir plus",
        "Écrire à contact@example.org pour un rendez-vous",
        "Rendez-vous à 10:30 demain",
        "un rapport de 1:2 entre les groupes",
        "www.has-sante.fr",
    ])
    func leftAlone(input: String) {
        #expect(n.normalize(input) == input)
    }

    @Test("idempotent: a second pass changes nothing")
    func idempotent() {
        for s in ["Pourquoi ? « Oui » : 10 % de 1 200 patients, Dr Martin l'a dit...", "Le cancer métastatique : incurable mais traitable"] {
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
}
