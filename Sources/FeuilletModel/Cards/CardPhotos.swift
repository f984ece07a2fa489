extension Document {
    /// The photo cards show unless a card names its own: the front matter's `image:`, else
    /// the article's first figure (its alt text and focus as the front matter says).
    public var cardPhoto: Figure? {
        guard var photo = metadata.image ?? blocks.lazy.flatMap(\.figures).first(where: { $0.file != nil }) else { return nil }
        if let alt = metadata.imageAlt { photo.alt = alt }
        else if photo.alt.isEmpty, let same = blocks.lazy.flatMap(\.figures).first(where: { $0.file == photo.file }) { photo.alt = same.alt }
        return photo
    }

    /// Every photo a card of the article may show, so the pipeline reads them before layout.
    public var cardPhotos: [Figure] {
        ([cardPhoto] + metadata.cards.kinds.keys.sorted().map { metadata.cards.kinds[$0]?.image }).compactMap { $0 }
    }
}
