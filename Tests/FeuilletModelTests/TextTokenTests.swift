import Testing
import FeuilletModel

@Suite("Text tokens: addresses and codes")
struct TextTokenTests {
    @Test("addresses: web and e-mail, with or without brackets around them", arguments: [
        "https://www.has-sante.fr/p?q=1:2", "www.ameli.fr", "(www.ameli.fr)", "//cdn.example.org/a.png", "rdv.cardiologie@chu-exemple.fr",
        "«contact@example.org»", "chu-saint-eloi.fr/ambulatoire.", "(ameli.fr/assure)",
    ])
    func addresses(token: String) {
        #expect(TextToken.isAddress(token.unicodeScalars))
    }

    @Test("not addresses: words, times, ratios, an image named with an @", arguments: ["week-end", "10:30", "1:2", "p.", "icon@2x", "et/ou", "1/2", "mg/kg", "10.5/20", "p.ex./x", "images/photo.jpg"])
    func notAddresses(token: String) {
        #expect(!TextToken.isAddress(token.unicodeScalars))
    }

    @Test("a web address for the image check, never an e-mail or a file named with an @")
    func webAddress() {
        #expect(TextToken.isWebAddress("https://example.org/a.png".unicodeScalars))
        #expect(!TextToken.isWebAddress("contact@example.org".unicodeScalars))
        #expect(!TextToken.isWebAddress("images/icon@2x.png".unicodeScalars))
        #expect(!TextToken.isWebAddress("photos.fr/salle.jpg".unicodeScalars))
    }

    @Test("codes: digits across a hyphen, or a capital after a letter", arguments: [
        "NT-proBNP", "COVID-19", "covid-19,", "SARS-CoV-2", "(anti-TNF)", "HbA1c", "2-3", "NT-\u{2060}proBNP",
    ])
    func codes(token: String) {
        #expect(TextToken.isCode(token.unicodeScalars))
    }

    @Test("not codes: compounds, proper names, times and numbers", arguments: [
        "week-end", "Parlez-en", "Saint-Étienne", "8h30", "24h/24", "39,5", "rendez-vous.", "H1N1", "l’immunothérapie",
    ])
    func notCodes(token: String) {
        #expect(!TextToken.isCode(token.unicodeScalars))
    }
}
