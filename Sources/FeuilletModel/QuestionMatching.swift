/// Whether two lines ask the same question, however phrased: the scraped page repeats its
/// title as the article's headline, often reworded from "Est-ce que les métastases peuvent
/// disparaître ?" to "Les métastases peuvent-elles disparaître ?".
func askSameQuestion(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
    let keyA = questionKey(a)
    return !keyA.isEmpty && keyA == questionKey(b)
}

/// The words of a question without case, punctuation, a leading "est-ce que" and the
/// subject pronouns French repeats when it inverts a question ("peuvent-elles", "a-t-il").
private func questionKey(_ question: some StringProtocol) -> [String] {
    var words = question.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    if words.starts(with: ["est", "ce", "que"]) || words.starts(with: ["est", "ce", "qu"]) {
        words.removeFirst(3)
    }
    let pronouns: Set = ["il", "ils", "elle", "elles", "on", "t"]
    return words.filter { !pronouns.contains($0) }
}
