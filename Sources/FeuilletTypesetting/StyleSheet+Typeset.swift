import FeuilletModel
import FeuilletStyle

/// A document whose text has been through its style's rules (French spacing), with that
/// style: what layout takes, so the rules run once per article and style however many
/// formats and cards are made from it.
public struct TypesetDocument: Sendable {
    public let document: Document
    public let style: StyleSheet
}

extension StyleSheet {
    /// The document as this style sets its text: French spacing applied unless the
    /// style turns it off (`typography.french-spacing: false`). The one place that decides.
    public func typeset(_ document: Document) -> TypesetDocument {
        TypesetDocument(document: typography.frenchSpacing ? FrenchNormalizer().normalize(document) : document, style: self)
    }
}
