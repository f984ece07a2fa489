import FeuilletModel
import Foundation

/// The `features` of a role: OpenType features as HarfBuzz reads them (`smcp`, `+liga`,
/// `-kern`, `onum=1`, `salt=2`), separated by commas. Pango passes anything on and HarfBuzz
/// drops what it cannot read without a word, so a typo would change nothing silently:
/// each item is checked here against the registered feature tags.
enum FontFeatures {
    /// The feature tags of the OpenType specification (1.9), plus `ss01`–`ss20` and `cv01`–`cv99`.
    static let registered: Set<String> = {
        let tags = """
            aalt abvf abvm abvs afrc akhn apkn blwf blwm blws c2pc c2sc calt case ccmp cfar chws cjct clig cpct cpsp
            cswh curs dist dlig dnom dtls expt falt fin2 fin3 fina flac frac fwid half haln halt hist hkna hlig hngl
            hojo hwid init isol ital jalt jp04 jp78 jp83 jp90 kern lfbd liga ljmo lnum locl ltra ltrm mark med2 medi
            mgrk mkmk mset nalt nlck nukt numr onum opbd ordn ornm palt pcap pkna pnum pref pres pstf psts pwid qwid
            rand rclt rkrf rlig rphf rtbd rtla rtlm ruby rvrn salt sinf size smcp smpl ssty stch subs sups swsh titl
            tjmo tnam tnum trad twid unic valt vapk vatu vchw vert vhal vjmo vkna vkrt vpal vrt2 vrtr zero
            """
        func numbered(_ prefix: String, _ count: Int) -> [String] {
            (1...count).map { n -> String in prefix + (n < 10 ? "0" : "") + String(n) }
        }
        return Set(tags.split(whereSeparator: \.isWhitespace).map(String.init) + numbered("ss", 20) + numbered("cv", 99))
    }()

    /// The highest value a feature takes (an alternate's number).
    static let maximumValue = 99

    /// What is wrong with `text`, in words; nil when every item reads.
    static func problem(in text: String) -> String? {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        var seen: Set<String> = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if item.isEmpty { return "an empty item (write features as \"smcp, onum=1\")" }
            var rest = Substring(item)
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            let parts = rest.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let tag = String(parts[0])
            guard registered.contains(tag) else {
                return "\"\(item)\" is not an OpenType feature (a four-letter tag such as smcp, liga or onum, then =0 or =1 if needed)"
                    + Suggestion.hint(for: tag, in: registered.sorted())
            }
            if parts.count == 2 {
                guard let value = Int(parts[1]), (0...maximumValue).contains(value), parts[1].allSatisfy(\.isASCII) else {
                    return "\"\(item)\": the value of \(tag) must be a whole number from 0 to \(maximumValue)"
                }
            }
            guard seen.insert(tag).inserted else { return "\(tag) is given twice" }
        }
        return nil
    }
}
