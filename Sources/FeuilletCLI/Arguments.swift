import ArgumentParser
import FeuilletLayout
import FeuilletPipeline

extension Target: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public var defaultValueDescription: String { name }
}

extension FileType: ExpressibleByArgument {}
extension PrintOptions.Fit: ExpressibleByArgument {}
extension CardKind: ExpressibleByArgument {}
