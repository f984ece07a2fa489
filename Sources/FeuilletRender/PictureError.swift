/// A picture that cannot be read or drawn, in words.
public struct PictureError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
