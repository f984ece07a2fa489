import FeuilletModel
import FeuilletStyle

extension StyleSheet {
    /// The document as this style sets its text: French spacing applied unless the
    /// style turns it off (`typography.french-spacing: false`). The one place that decides.
    public func typeset(_ document: Document) -> Document {
        typography.frenchSpacing ? FrenchNormalizer().normalize(document) : document
    }
}
