import ArgumentParser
import FeuilletLayout
import FeuilletPipeline

extension Target: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public var defaultValueDescription: String { name }

    /// For `@Option(transform:)`: a misspelt format gets "did you mean".
    static func argument(_ text: String) throws -> Target {
        do { return try named(text) } catch let error as UnknownName { throw ValidationError(error.description) }
    }
}

extension FileType: ExpressibleByArgument {}
extension PrintOptions.Fit: ExpressibleByArgument {}
extension CardKind: ExpressibleByArgument {}
