import Testing
@testable import FeuilletTypesetting

@Suite("Total-fit line breaker")
struct LineBreakerTests {
    /// A paragraph of words with given widths, a space of 3.3 pt between them and a
    /// hyphenation point in the middle of every word longer than 30 pt; with `hardHyphens`,
    /// words longer than 50 pt are compounds (week-end) with a hyphen of the text at a third.
    func candidates(_ widths: [Double], space: Double = 3.3, hardHyphens: Bool = false) -> [BreakCandidate] {
        var result: [BreakCandidate] = []
        var x = 0.0
        for (i, w) in widths.enumerated() {
            if hardHyphens && w > 50 { result.append(BreakCandidate(kind: .hardHyphen, lineEndX: x + w / 3, nextStartX: x + w / 3, spacesBefore: i, spacesBeforeNext: i)) }
            if w > 30 { result.append(BreakCandidate(kind: .hyphen, lineEndX: x + w / 2, nextStartX: x + w / 2, spacesBefore: i, spacesBeforeNext: i)) }
            x += w
            if i == widths.count - 1 { break }
            result.append(BreakCandidate(kind: .space, lineEndX: x, nextStartX: x + space, spacesBefore: i, spacesBeforeNext: i + 1))
            x += space
        }
        result.append(BreakCandidate(kind: .end, lineEndX: x, nextStartX: x, spacesBefore: widths.count - 1, spacesBeforeNext: widths.count - 1))
        return result
    }

    /// A small deterministic generator, so a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next(_ range: ClosedRange<Double>) -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return range.lowerBound + Double(state >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
        }
    }

    @Test("random paragraphs: every line fits unless flagged overfull, hyphen runs (hyphens of the text included) are capped, lines are in order",
          arguments: [(LineBreaker.Mode.justified, 1), (.justified, 2), (.ragged, 2), (.justified, 3)])
    func invariants(mode: LineBreaker.Mode, maxHyphens: Int) {
        var random = Random(state: UInt64(maxHyphens * 7919 + (mode == .justified ? 1 : 2)))
        for _ in 0..<200 {
            let widths = (0..<Int(random.next(1...120))).map { _ in random.next(5...70) }
            let measure = random.next(60...400)
            let c = candidates(widths, hardHyphens: true)
            let breaker = LineBreaker(.init(mode: mode, spaceWidth: 3.3, hyphenWidth: 3.5, maxConsecutiveHyphens: maxHyphens, lineWidths: [measure]))
            let lines = breaker.breakLines(c)
            #expect(lines.last?.end == c.count - 1)
            var previous: Int? = nil
            var run = 0
            for line in lines {
                #expect(line.start == previous)
                if let p = previous { #expect(line.end > p) }
                previous = line.end
                if !line.overfull { #expect(line.naturalWidth - measure < 0.01 + Double(line.spaces) * 3.3 * LineBreaker.shrinkShare) }
                // Overfull only when a single word (no space on the line) is wider than the measure.
                if line.overfull { #expect(line.spaces == 0 || line.naturalWidth > measure) }
                // A line ending on a hyphen of the text counts in the run too.
                run = line.hyphenated || c[line.end].kind == .hardHyphen ? run + 1 : 0
                #expect(run <= maxHyphens)
            }
        }
    }

    @Test("a word wider than the measure is set overfull and reported, not lost")
    func longWord() {
        let lines = LineBreaker(.init(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [50]))
            .breakLines(candidates([20, 120, 20]))
        #expect(lines.contains { $0.overfull })
        #expect(lines.last?.end == 3)
    }

    @Test("a paragraph that can only be set with more hyphens in a row than allowed is still set (found by fuzzing)")
    func hyphenRunInfeasible() {
        // No spaces, a hyphenation point every 40 pt, a 45 pt measure, one hyphen in a row at most.
        var c = (1...9).map { BreakCandidate(kind: .hyphen, lineEndX: Double($0) * 40, nextStartX: Double($0) * 40, spacesBefore: 0, spacesBeforeNext: 0) }
        c.append(BreakCandidate(kind: .end, lineEndX: 400, nextStartX: 400, spacesBefore: 0, spacesBeforeNext: 0))
        let lines = LineBreaker(.init(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, maxConsecutiveHyphens: 1, lineWidths: [45]))
            .breakLines(c)
        #expect(lines.last?.end == c.count - 1)
        #expect(lines.count >= 9)
    }

    @Test("ragged text splits a word only where the whole word does not fit and the line without it would be short",
          arguments: [0.0, 20.0])
    func raggedHyphens(zone: Double) {
        var random = Random(state: 4242 + UInt64(zone))
        var hyphenated = 0
        for _ in 0..<300 {
            let widths = (0..<Int(random.next(5...80))).map { _ in random.next(5...70) }
            let measure = random.next(80...300)
            let c = candidates(widths, hardHyphens: true)
            let lines = LineBreaker(.init(mode: .ragged, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [measure], hyphenationZone: zone))
                .breakLines(c)
            for line in lines where [.hyphen, .hardHyphen].contains(c[line.end].kind) && !line.overfull {
                hyphenated += 1
                let start = line.start.map { c[$0].nextStartX } ?? 0
                let wordEnd = c[(line.end + 1)...].first { [.space, .end].contains($0.kind) }!
                #expect(wordEnd.lineEndX - start > measure + 0.01, "a word that fits whole was split")
                if let wordStart = c[..<line.end].last(where: { $0.kind == .space }), wordStart.lineEndX > start {
                    #expect(measure - (wordStart.lineEndX - start) > zone, "split though the line without the word was not short")
                }
            }
        }
        #expect(hyphenated > 20, "the paragraphs should need some hyphens")
    }

    /// Ten words of 20 pt, one of 60 pt (a hyphenation point in its middle), one of 20 pt:
    /// the first line can hold the first eleven words only by shrinking its ten spaces by
    /// `shrink` of their width, else it ends with half the long word and a hyphen.
    func shrinkCase(shrink: Double) -> (lines: [LineBreaker.Line], candidates: [BreakCandidate]) {
        let c = candidates(Array(repeating: 20, count: 10) + [60, 20])
        let measure = 10 * 20 + 60 + 10 * 3.3 - 10 * 3.3 * shrink
        return (LineBreaker(.init(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [measure])).breakLines(c), c)
    }

    @Test("a word space shrinks to 75 % of its width, and never further")
    func shrinkBound() {
        let (within, c) = shrinkCase(shrink: 0.23)
        #expect(c[within[0].end].kind == .space && within[0].spaces == 10, "a 23 % shrink is allowed: \(within)")
        let (beyond, d) = shrinkCase(shrink: 0.27)
        #expect(d[beyond[0].end].kind == .hyphen, "a 27 % shrink is not: \(beyond)")
    }

    @Test("punctuation that hangs into the margin is measured: a line one comma's protrusion too long still fits")
    func protrusionMeasured() {
        // Nine 20 pt words; five fit on the first line only if the comma after the fifth
        // hangs 1.5 pt into the margin (its spaces already shrunk as far as they may).
        var c = candidates(Array(repeating: 20, count: 9))
        let measure = 5 * 20 + 4 * 3.3 - 4 * 3.3 * LineBreaker.shrinkShare - 1
        let natural = LineBreaker(.init(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [measure])).breakLines(c)
        #expect(natural[0].spaces < 4, "without protrusion five words do not fit on \(measure) pt")
        c[4].endProtrusion = 1.5
        c[4].nextStartProtrusion = 0.5
        let hung = LineBreaker(.init(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [measure])).breakLines(c)
        #expect(hung[0].end == 4 && hung[0].rightProtrusion == 1.5 && hung[0].leftProtrusion == 0, "\(hung)")
        // The next line is the last: set at its natural width, it hangs on neither side.
        #expect(hung.count == 2 && hung[1].leftProtrusion == 0 && hung[1].rightProtrusion == 0)
        let ragged = LineBreaker(.init(mode: .ragged, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [measure])).breakLines(c)
        #expect(ragged.allSatisfy { $0.leftProtrusion == 0 && $0.rightProtrusion == 0 }, "ragged text does not hang")
    }

    @Test("a very loose line next to a tight or decent one costs the adjacent-line demerit",
          arguments: [(-0.9, 1.2, true), (0.2, 1.2, true), (0.6, 1.2, false), (-0.9, 0.2, false), (-0.9, 0.6, true)])
    func fitnessDemerits(first: Double, second: Double, penalised: Bool) {
        let breaker = LineBreaker(.init(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [100]))
        #expect((breaker.adjacentDemerits(first, second) > 0) == penalised)
        #expect(breaker.adjacentDemerits(first, second) == breaker.adjacentDemerits(second, first))
    }

    /// Ten 20 pt words of 4 letters each, set at a measure that leaves 10 pt over on the
    /// first line of 5 words (4 spaces of 3.3 pt, 20 letters with 0.2 pt of letter stretch).
    func lettered(_ widths: [Double]) -> [BreakCandidate] {
        candidates(widths).map { c in
            var c = c
            c.lettersBefore = 4 * (c.spacesBefore + (c.kind == .end ? 1 : 0))
            c.lettersBeforeNext = 4 * c.spacesBeforeNext
            if c.kind == .space { c.lettersBefore = 4 * (c.spacesBefore + 1) }
            return c
        }
    }

    @Test("a justified line's letters take their share of the slack, within their bound; a word alone and ragged text get none")
    func letterShare() {
        let measure = 5 * 20 + 4 * 3.3 + 10
        let params = LineBreaker.Parameters(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [measure],
                                            letterStretch: 0.2, letterShrink: 0.1)
        let lines = LineBreaker(params).breakLines(lettered(Array(repeating: 20, count: 10)))
        #expect(lines.count == 2 && lines[0].spaces == 4, "\(lines)")
        // 10 pt over 4 spaces (13.2 pt of stretch) and 20 letters, of which 19 are spaced
        // (the line's last one is not; 3.8 pt): ratio 10 / 17.
        #expect(abs(lines[0].letterAdjustment - 0.2 * 10 / 17) < 1e-9, "\(lines[0])")
        #expect(lines[1].letterAdjustment == 0, "the last line is set as it is")
        // A loose line: the letters stop at their bound, the spaces take the rest.
        let loose = LineBreaker(.init(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [measure + 20],
                                      letterStretch: 0.2, letterShrink: 0.1)).breakLines(lettered(Array(repeating: 20, count: 10)))
        #expect(loose.allSatisfy { $0.letterAdjustment <= 0.2 })
        // One word on its line is never spread out letter by letter.
        let single = LineBreaker(.init(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [25],
                                       letterStretch: 0.2, letterShrink: 0.1)).breakLines(lettered([20, 20, 20]))
        #expect(single.allSatisfy { $0.letterAdjustment == 0 && $0.spaces == 0 }, "\(single)")
        var ragged = params
        ragged.mode = .ragged
        #expect(LineBreaker(ragged).breakLines(lettered(Array(repeating: 20, count: 10))).allSatisfy { $0.letterAdjustment == 0 })
    }

    @Test("a line with no better break (spaces past twice their width) spreads its slack over its letters too, up to their limit")
    func forcedLooseLetters() {
        // Five 20 pt words, then one of 130 pt whose only hyphenation point leaves too much for
        // the first line: the first line must end after five words, 30 pt short.
        let measure = 5 * 20 + 4 * 3.3 + 30
        func first(limit: Double) -> LineBreaker.Line {
            LineBreaker(.init(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [measure],
                              letterStretch: 0.2, letterShrink: 0.1, letterStretchLimit: limit)).breakLines(lettered([20, 20, 20, 20, 20, 130]))[0]
        }
        // 30 pt over 4 spaces (13.2 pt) and 19 spaced letters (3.8 pt): ratio 30 / 17.
        #expect(first(limit: 0.5).spaces == 4)
        #expect(abs(first(limit: 0.5).letterAdjustment - 0.2 * 30 / 17) < 1e-9, "\(first(limit: 0.5))")
        #expect(first(limit: 0.3).letterAdjustment == 0.3, "the letters stop at their limit")
        #expect(first(limit: 0).letterAdjustment == 0.2, "without a limit, at their share")
    }

    @Test("a hyphen that sets two loose lines even is taken: the hyphen-free pass accepts spaces only up to about 1.8 times their width")
    func hyphenAgainstLooseLines() {
        // Without the hyphen in the sixth word, the first two lines stretch their spaces to
        // 1.95 times their width (badness 86 each); with it, both are set at their natural width.
        let measure = 113.2 + 0.95 * 4 * 3.3
        let words: [(width: Double, hyphenAt: Double?)] = [(20, nil), (20, nil), (20, nil), (20, nil), (20, nil), (30, 6),
                                                            (25.477, nil), (25.477, nil), (25.477, nil), (12.11, nil), (20, nil)]
        var c: [BreakCandidate] = []
        var x = 0.0
        for (i, word) in words.enumerated() {
            if let h = word.hyphenAt { c.append(BreakCandidate(kind: .hyphen, lineEndX: x + h, nextStartX: x + h, spacesBefore: i, spacesBeforeNext: i)) }
            x += word.width
            if i == words.count - 1 { break }
            c.append(BreakCandidate(kind: .space, lineEndX: x, nextStartX: x + 3.3, spacesBefore: i, spacesBeforeNext: i + 1))
            x += 3.3
        }
        c.append(BreakCandidate(kind: .end, lineEndX: x, nextStartX: x, spacesBefore: words.count - 1, spacesBeforeNext: words.count - 1))
        let lines = LineBreaker(.init(mode: .justified, spaceWidth: 3.3, hyphenWidth: 3.5, lineWidths: [measure])).breakLines(c)
        #expect(lines.count == 3 && lines[0].hyphenated && lines[1].spaces == 4, "\(lines)")
    }
}
