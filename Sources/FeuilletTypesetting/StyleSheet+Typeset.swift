import FeuilletModel
import FeuilletStyle

/// A document whose text has been through its style's rules (French spacing), with that
/// style and the fixed texts of its language: what layout takes, so the rules run once per
/// article and style however many formats and cards are made from it.
public struct TypesetDocument: Sendable {
    public let document: Document
    public let style: StyleSheet
    /// The labels of the article's language, with the style's own in their place.
    public let labels: Labels
}

extension StyleSheet {
    /// The document as this style sets its text: French spacing applied to French text
    /// (`lang: fr`, `fr-CA`…; its labels too) unless the style turns it off
    /// (`typography.french-spacing: false`). The one place that decides.
    public func typeset(_ document: Document) -> TypesetDocument {
        let table = Labels.of(document.metadata.lang)
        let labels = table.replacing(self.labels[table.language] ?? [:])
        guard typography.frenchSpacing, table.isFrench else { return TypesetDocument(document: document, style: self, labels: labels) }
        let normalizer = FrenchNormalizer()
        return TypesetDocument(document: normalizer.normalize(document), style: self, labels: labels.map { normalizer.normalize($0) })
    }
}
