import Testing
@testable import FeuilletStyle
@testable import FeuilletModel

@Suite("Suggestion")
struct SuggestionTests {
    @Test func closest() {
        #expect(Suggestion.closest(to: "sise", in: StyleDecoder.roleKeys) == "size")
        #expect(Suggestion.closest(to: "colour", in: StyleDecoder.roleKeys) == "color")
        #expect(Suggestion.closest(to: "Justfy", in: ["left", "justify", "center", "right"]) == "justify")
        #expect(Suggestion.closest(to: "titel", in: Role.allCases.map(\.rawValue)) == "title")
        #expect(Suggestion.closest(to: "background-image", in: StyleDecoder.roleKeys) == nil)
        #expect(Suggestion.closest(to: "zzz", in: StyleDecoder.topKeys) == nil)
        #expect(Suggestion.closest(to: "size", in: []) == nil)
    }

    @Test func hint() {
        #expect(Suggestion.hint(for: "sise", in: ["size"]) == #"; did you mean "size"?"#)
        #expect(Suggestion.hint(for: "xyzzy", in: ["size"]) == "")
    }

    @Test func distance() {
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("abc", "") == 3)
        #expect(Suggestion.distance("same", "same") == 0)
        #expect(Suggestion.distance("Size", "size") == 1)
    }
}
