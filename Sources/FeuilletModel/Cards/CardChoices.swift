/// What the author chooses for the cards in the front matter's `cards:` block (README,
/// "Cards"): for each kind, its layout, its words and its photo; which list makes the
/// carousel, which key message the key card shows; the call to action of the closing slide.
/// Anything left out is chosen as without the block.
public struct CardChoices: Sendable, Equatable {
    /// One kind's choices (`cards.title`, `cards.key`, `cards.quote`, `cards.carousel`, `cards.closing`).
    public struct Choice: Sendable, Equatable {
        public var layout: CardLayout?
        /// The card's large text (a title card's title, a key card's message, a quote).
        public var title: String?
        /// The smaller text under it (a title card's short answer).
        public var text: String?
        /// A figure for the `figure` layout ("1 sur 10"); else the first the text holds.
        public var figure: String?
        public var image: Figure?
        public var imageFocus: ImageFocus?
        /// Carousel: the list (its number among the article's lists of two items or more,
        /// from 1, or words of the heading above it).
        public var list: String?
        /// Key card: which of the front matter's `key-messages`, from 1.
        public var message: Int?
        /// The line of the kind's key, for messages.
        public var line: Int

        public init(line: Int = 1) { self.line = line }
    }

    public var kinds: [String: Choice]
    /// The closing slide's last words ("Parlez-en à votre médecin.").
    public var callToAction: String?

    public init(kinds: [String: Choice] = [:], callToAction: String? = nil) {
        self.kinds = kinds
        self.callToAction = callToAction
    }

    public subscript(kind: String) -> Choice? { kinds[kind] }

    /// The kinds `cards:` may name, and what each may hold.
    public static let keys: [String: [String]] = {
        let common = ["layout", "title", "text", "image", "image-focus"]
        return ["title": common + ["figure"], "key": common + ["figure", "message"], "quote": common, "carousel": common + ["list"], "closing": common]
    }()
}
