/// Total-fit paragraph breaking in the manner of Knuth and Plass: among all ways to
/// break a paragraph at its candidates, pick the one with the least total demerits, so
/// that word spaces stay even over the whole paragraph instead of line by line.
public struct LineBreaker: Sendable {
    public enum Mode: Sendable, Equatable {
        /// Word spaces stretch and shrink to fill the measure.
        case justified
        /// Spaces keep their width; the rag is balanced by costing the slack at each line end,
        /// and a word is hyphenated only where its line would otherwise be short (`raggedAllowsHyphen`).
        case ragged
    }

    public struct Parameters: Sendable {
        public var mode: Mode
        /// Natural width of a word space, in points.
        public var spaceWidth: Double
        /// Width of the hyphen drawn at a hyphenated line end.
        public var hyphenWidth: Double
        /// At most this many hyphenated lines in a row.
        public var maxConsecutiveHyphens: Int
        /// Line widths by line number; the last entry holds for all later lines.
        public var lineWidths: [Double]
        /// Ragged text: a word is split only where the line without it would end more than
        /// this many points short of its measure (`LineBreaker.hyphenationZone` em).
        public var hyphenationZone: Double
        /// Justified text: how far a drawn hyphen hangs past the measure (margin protrusion).
        public var hyphenProtrusion: Double
        /// Justified text: how far the paragraph's first character hangs past the left edge.
        public var startProtrusion: Double
        /// Justified text: points each letter of a line with word spaces may be spaced apart
        /// when its spaces stretch fully, and drawn closer when they shrink fully
        /// (`letterStretchShare`, `letterShrinkShare` of an em): the letters take a small part
        /// of the slack, so that spaces stay closer to their width.
        public var letterStretch: Double
        public var letterShrink: Double
        /// Justified text: the most points a letter is spaced apart on a line whose spaces
        /// stretch past twice their width (`letterStretchLimitShare` of an em); nothing past
        /// `letterStretch` when smaller.
        public var letterStretchLimit: Double

        public init(mode: Mode, spaceWidth: Double, hyphenWidth: Double, maxConsecutiveHyphens: Int = 2, lineWidths: [Double],
                    hyphenationZone: Double = 0, hyphenProtrusion: Double = 0, startProtrusion: Double = 0,
                    letterStretch: Double = 0, letterShrink: Double = 0, letterStretchLimit: Double = 0) {
            self.mode = mode
            self.spaceWidth = spaceWidth
            self.hyphenWidth = hyphenWidth
            self.maxConsecutiveHyphens = maxConsecutiveHyphens
            self.lineWidths = lineWidths
            self.hyphenationZone = hyphenationZone
            self.hyphenProtrusion = hyphenProtrusion
            self.startProtrusion = startProtrusion
            self.letterStretch = letterStretch
            self.letterShrink = letterShrink
            self.letterStretchLimit = letterStretchLimit
        }

        func width(ofLine n: Int) -> Double { lineWidths[min(n, lineWidths.count - 1)] }
    }

    /// One chosen line: it ends at `candidates[end]` and starts after `candidates[start]`
    /// (or at the paragraph start when `start` is nil).
    public struct Line: Sendable, Equatable {
        public var start: Int?
        public var end: Int
        /// Natural width of the text, hyphen included.
        public var naturalWidth: Double
        /// Stretchable spaces on the line.
        public var spaces: Int
        public var hyphenated: Bool
        /// True when the line had to be wider than its measure (a word longer than the line).
        public var overfull: Bool
        /// True when the line ends inside a word, without a hyphen, because the word is
        /// wider than the measure.
        public var brokenWord: Bool
        /// Justified text: how far the line hangs past the left and right edges of its measure
        /// (margin protrusion), so it is set `leftProtrusion + rightProtrusion` wider.
        public var leftProtrusion: Double
        public var rightProtrusion: Double
        /// Justified text: points added between the line's letters (negative: taken away),
        /// its share of the slack; the word spaces take the rest.
        public var letterAdjustment: Double = 0
    }

    public var parameters: Parameters
    public init(_ parameters: Parameters) { self.parameters = parameters }

    // TeX's values, except the hyphen penalty: two and a half times TeX's, so that a hyphen
    // costs as much as a line whose spaces are a little more than twice their width
    // (badness 115). Measured at the typography fixture over the eight sample articles, with
    // the other costs as they are: 150 (a hyphen worth badness 140) left the most hyphenated
    // article at p95 0.63 em, 130 at 0.63, 125 at 0.61 with no more hyphens (13.4 % of its
    // lines), 120 puts it at 14.6 %.
    static let linePenalty = 10.0
    static let hyphenPenalty = 125.0
    /// The tolerance of the first pass, without hyphens: badness 50, spaces up to about 1.8
    /// times their width. TeX's 100 (twice their width here, where a space stretches by its
    /// whole width) accepted gaps of 0.66 em without trying a hyphen at all.
    static let pretolerance = 50.0
    static let consecutiveHyphenDemerits = 10_000.0
    static let fitnessChangeDemerits = 10_000.0
    static let maxBadness = 100_000.0
    /// More than the worst line can cost: a word is broken only when nothing else fits.
    static let emergencyDemerits = 1e12
    /// More than any line that fits, short or broken: a line past its measure is drawn
    /// outside its column (an address in one piece cost less than its pieces on short lines).
    static let overfullDemerits = 1e15
    /// The hyphenation zone of ragged text, in em of the text's size: a line that would end
    /// more than this short of its measure is short, and only there may a word be split.
    /// 3 em, the default of page-layout programs (3 picas at 12 pt): a rag of up to 3 em
    /// reads as even, and it is most of a long word, so a hyphen saves the line from a hole.
    public static let hyphenationZone = 3.0

    /// Breaks the paragraph; tries without hyphens first, then with, then accepts overfull lines.
    public func breakLines(_ candidates: [BreakCandidate]) -> [Line] {
        precondition(candidates.last?.kind == .end, "the last candidate must be the paragraph end")
        let mode = parameters.mode
        let passes: [(tolerance: Double, hyphens: Bool)] = mode == .justified
            ? [(Self.pretolerance, false), (200, true), (500, true), (5_000, true)] : [(400, false), (2_000, true), (10_000, true)]
        let words = mode == .ragged ? Self.words(candidates) : []
        for pass in passes {
            if let lines = run(candidates, words, tolerance: pass.tolerance, hyphens: pass.hyphens, emergency: false, allowOverfull: false) { return lines }
        }
        return run(candidates, words, tolerance: .infinity, hyphens: true, emergency: true, allowOverfull: true)!
    }

    private struct Node {
        var candidate: Int?
        var line: Int
        /// The adjustment ratio of the line ending here, and its fitness class.
        var ratio: Double
        var fitness: Int
        var hyphenRun: Int
        var demerits: Double
        var previous: Int?
        var overfull: Bool
    }

    /// One pass; `words` (ragged text only) gives each candidate the breaks around its word.
    private func run(_ candidates: [BreakCandidate], _ words: [(before: Int?, after: Int)], tolerance: Double, hyphens: Bool,
                     emergency: Bool, allowOverfull: Bool) -> [Line]? {
        var nodes = [Node(candidate: nil, line: 0, ratio: 0, fitness: 1, hyphenRun: 0, demerits: 0, previous: nil, overfull: false)]
        var active = [0]
        for (c, candidate) in candidates.enumerated() {
            if candidate.kind == .hyphen && !hyphens { continue }
            if candidate.kind == .emergency && !emergency { continue }
            // A line that ends on a hyphen, drawn or written in the text: both count in the run.
            let isHyphen = candidate.kind == .hyphen || candidate.kind == .hardHyphen
            // The best node per (fitness, hyphen run), in a fixed order: ties must not depend
            // on a dictionary's per-process hash order (the same paragraph broke differently
            // from one run to the next).
            let runs = max(0, parameters.maxConsecutiveHyphens) + 2
            var best: [Node?] = Array(repeating: nil, count: 4 * runs)
            var survivors: [Int] = []
            for a in active {
                let from = nodes[a]
                let m = measure(from: from.candidate.map { candidates[$0] }, to: candidate)
                let width = parameters.width(ofLine: from.line)
                let isLast = candidate.kind == .end || candidate.kind == .forced
                let ratio = adjustmentRatio(natural: m.natural - m.left - m.right, spaces: m.spaces, letters: m.letters, width: width, isLast: isLast)
                let tooLong = ratio < -1
                // A node stays active while a later break could still give it a line that fits.
                if !tooLong && !isLast { survivors.append(a) }
                // Capped far above TeX's 10 000, so that in the last passes looseness is
                // still spread over several lines rather than dumped on one.
                var badness = tooLong ? 10_000 : min(100 * pow3(abs(ratio)), Self.maxBadness)
                if tooLong && !(allowOverfull && activeHasNoFit(active, nodes, candidates, c)) { continue }
                if isHyphen && !words.isEmpty && !raggedAllowsHyphen(from: from, word: words[c], candidates) { continue }
                if !tooLong && badness > tolerance { continue }
                let run = isHyphen ? from.hyphenRun + 1 : 0
                // The last pass must always find a way: there, a longer run of hyphens only costs.
                if run > parameters.maxConsecutiveHyphens && !allowOverfull { continue }
                if tooLong { badness = 10_000 }
                let fitness = fitnessClass(ratio)
                var demerits = pow2(Self.linePenalty + badness) + (isHyphen ? pow2(Self.hyphenPenalty) : 0)
                    + (candidate.kind == .emergency ? Self.emergencyDemerits : 0) + (tooLong ? Self.overfullDemerits : 0)
                if isHyphen && from.hyphenRun > 0 { demerits += Self.consecutiveHyphenDemerits }
                if run > parameters.maxConsecutiveHyphens { demerits += Self.emergencyDemerits }
                demerits += adjacentDemerits(from.ratio, ratio)
                let node = Node(candidate: c, line: from.line + 1, ratio: ratio, fitness: fitness, hyphenRun: run,
                                demerits: from.demerits + demerits, previous: a, overfull: tooLong)
                // Runs over the limit (last pass only) all cost the same from here on: one slot.
                let key = fitness * runs + min(run, runs - 1)
                if best[key].map({ node.demerits < $0.demerits }) ?? true { best[key] = node }
            }
            active = survivors
            let made = best.compactMap { $0 }
            // Stable: equal demerits keep the (fitness, run) order.
            for node in made.enumerated().sorted(by: { ($0.element.demerits, $0.offset) < ($1.element.demerits, $1.offset) }).map(\.element) {
                nodes.append(node)
                active.append(nodes.count - 1)
            }
            if candidate.kind == .forced || candidate.kind == .end {
                // Every line must end here: only the nodes just made go on.
                active = Array(nodes.indices.suffix(made.count))
                if active.isEmpty { return nil }
            } else if active.isEmpty {
                return nil
            }
        }
        let finals = active.filter { nodes[$0].candidate == candidates.count - 1 }
        guard let last = finals.min(by: { nodes[$0].demerits < nodes[$1].demerits }) else { return nil }
        return lines(endingAt: last, nodes: nodes, candidates: candidates)
    }

    /// For each candidate, the breaks around the word it is in: the last one before the word
    /// (nil at the paragraph start) and the first one after it.
    private static func words(_ candidates: [BreakCandidate]) -> [(before: Int?, after: Int)] {
        func between(_ kind: BreakCandidate.Kind) -> Bool { [.space, .plain, .forced, .end].contains(kind) }
        var result = [(before: Int?, after: Int)](repeating: (nil, candidates.count - 1), count: candidates.count)
        var before: Int? = nil
        for c in candidates.indices {
            result[c].before = before
            if between(candidates[c].kind) { before = c }
        }
        var after = candidates.count - 1
        for c in candidates.indices.reversed() {
            result[c].after = after
            if between(candidates[c].kind) { after = c }
        }
        return result
    }

    /// The rule for hyphens in ragged text: a word is split only where the line would
    /// otherwise be short, that is where the whole word does not fit on the line and the
    /// line without it would end more than the hyphenation zone short of the measure (or
    /// the word starts the line). Justified text closes any gap by stretching its spaces, so
    /// a hyphen there buys even spacing; a ragged line shows its gap, and a hyphen is worth
    /// it only against a line that looks short: elsewhere it is one the reader did not need
    /// ("nou-/velle" where "nouvelle" fit).
    private func raggedAllowsHyphen(from: Node, word: (before: Int?, after: Int), _ candidates: [BreakCandidate]) -> Bool {
        let width = parameters.width(ofLine: from.line)
        let start = from.candidate.map { candidates[$0] }
        if measure(from: start, to: candidates[word.after]).natural <= width + 0.01 { return false }
        guard let before = word.before, before > (from.candidate ?? -1) else { return true }
        return width - measure(from: start, to: candidates[before]).natural > parameters.hyphenationZone
    }

    /// True when no active node can reach candidate `c` without overflowing, so the
    /// breaker must accept an overfull line rather than give up.
    private func activeHasNoFit(_ active: [Int], _ nodes: [Node], _ candidates: [BreakCandidate], _ c: Int) -> Bool {
        !active.contains { a in
            let m = measure(from: nodes[a].candidate.map { candidates[$0] }, to: candidates[c])
            return m.natural - m.left - m.right <= parameters.width(ofLine: nodes[a].line) + 0.01
        }
    }

    private func lines(endingAt last: Int, nodes: [Node], candidates: [BreakCandidate]) -> [Line] {
        var result: [Line] = []
        var i: Int? = last
        while let index = i, let prev = nodes[index].previous {
            let end = nodes[index].candidate!
            let start = nodes[prev].candidate
            let m = measure(from: start.map { candidates[$0] }, to: candidates[end])
            result.append(Line(start: start, end: end, naturalWidth: m.natural, spaces: m.spaces,
                               hyphenated: candidates[end].kind == .hyphen, overfull: nodes[index].overfull,
                               brokenWord: candidates[end].kind == .emergency, leftProtrusion: m.left, rightProtrusion: m.right,
                               letterAdjustment: letterAdjustment(ratio: nodes[index].ratio, spaces: m.spaces)))
            i = prev
        }
        return result.reversed()
    }

    /// A line's natural width (hyphen included), its spaces, and in justified text how far
    /// it may hang past each edge. Lines are measured less what hangs out (`fill`), so that
    /// protrusion is used when choosing breaks as well as when drawing.
    private func measure(from: BreakCandidate?, to: BreakCandidate) -> (natural: Double, spaces: Int, letters: Int, left: Double, right: Double) {
        let startX = from?.nextStartX ?? 0
        let startSpaces = from?.spacesBeforeNext ?? 0
        let hyphen = to.kind == .hyphen ? parameters.hyphenWidth : 0
        let justified = parameters.mode == .justified && to.kind != .end && to.kind != .forced
        let left = justified ? from?.nextStartProtrusion ?? parameters.startProtrusion : 0
        let right = justified ? (to.kind == .hyphen ? parameters.hyphenProtrusion : to.endProtrusion) : 0
        // Each letter but the line's last is spaced (the drawn hyphen is one).
        let letters = to.lettersBefore - (from?.lettersBeforeNext ?? 0) + (to.kind == .hyphen ? 1 : 0) - 1
        return (to.lineEndX - startX + hyphen, to.spacesBefore - startSpaces, max(0, letters), left, right)
    }

    /// How far a word space may shrink, as a share of its width: to 75 % of it, a little
    /// under the 80 % French guides give and above TeX's two thirds. Measured at the
    /// typography fixture, 80 % left the hospital page's word gaps at p95 0.92 em and at
    /// most 1.20 em (spaces that cannot shrink must stretch), 75 % at 0.80 and 1.04.
    public static let shrinkShare = 0.25

    /// How far a justified line's letters may be spaced apart (3 % of an em, 0.3 pt at
    /// 10.5 pt) and drawn closer (1 %), as page-layout programs space letters a little in
    /// narrow columns: invisible as such, it keeps word spaces even. Measured at the
    /// typography fixture over the eight sample articles, 2 % took the word gaps' p95 from
    /// 0.68–0.80 em to 0.57–0.69 em and the most hyphenated article from 19.5 % of its
    /// lines to 13.4 %; 3 % takes four articles' p95 down by 0.01–0.03 em more, with
    /// fewer hyphens.
    public static let letterStretchShare = 0.03
    public static let letterShrinkShare = 0.01
    /// Letters go on spacing with the spaces past twice their width, up to 5 % of an em:
    /// such a line has no better break (the first line of a paragraph before a word that
    /// may not be split, a capitalised one or a number kept with its noun), and its slack
    /// spread over its letters too leaves holes a fifth narrower (at the fixture, 1.10 em
    /// to 0.90 em).
    public static let letterStretchLimitShare = 0.05

    /// How far the line's spaces must stretch (positive) or shrink (negative), as a share
    /// of what they can give. A space may grow by its own width (ratio 1: twice as wide)
    /// and shrink by `shrinkShare`, never further (ratio -1): narrow leaflet columns need
    /// more stretch than TeX's half space. The letters between give their share with them.
    private func adjustmentRatio(natural: Double, spaces: Int, letters: Int, width: Double, isLast: Bool) -> Double {
        let slack = width - natural
        // Letters only where there are spaces: a word alone is never spread out letter by letter.
        let spaced = spaces > 0 ? Double(letters) : 0
        let stretch = Double(spaces) * parameters.spaceWidth + spaced * parameters.letterStretch
        let shrink = Double(spaces) * parameters.spaceWidth * Self.shrinkShare + spaced * parameters.letterShrink
        // A last line is set at its natural width: it must fit as it is.
        if isLast { return slack >= -0.01 ? 0 : -.infinity }
        switch parameters.mode {
        case .justified:
            if slack >= 0 { return spaces > 0 ? slack / stretch : (slack < 0.01 ? 0 : .infinity) }
            return spaces > 0 ? slack / shrink : (slack > -0.01 ? 0 : -.infinity)
        case .ragged:
            // A rag of up to about six spaces is acceptable; anything over the measure is not.
            return slack >= -0.01 ? slack / (6 * parameters.spaceWidth) : -.infinity
        }
    }

    /// A justified line's letters follow its ratio (stretched or shrunk fully at ratio ±1),
    /// past 1 up to `letterStretchLimit`, the spaces going on alone past it.
    private func letterAdjustment(ratio: Double, spaces: Int) -> Double {
        guard parameters.mode == .justified, spaces > 0, ratio.isFinite else { return 0 }
        if ratio < 0 { return max(ratio, -1) * parameters.letterShrink }
        return min(ratio * parameters.letterStretch, max(parameters.letterStretch, parameters.letterStretchLimit))
    }

    /// What a line costs for its looseness next to the line before, given both lines'
    /// adjustment ratios: a loose line beside a tight one reads as a hole (TeX's adjacent
    /// demerits between fitness classes more than one apart).
    func adjacentDemerits(_ previous: Double, _ ratio: Double) -> Double {
        abs(fitnessClass(previous) - fitnessClass(ratio)) > 1 ? Self.fitnessChangeDemerits : 0
    }

    /// Tight (shrunk more than half way), decent, loose (stretched more than half way),
    /// very loose (spaces more than twice their width).
    private func fitnessClass(_ ratio: Double) -> Int {
        switch ratio {
        case ..<(-0.5): 0
        case ..<0.5: 1
        case ..<1: 2
        default: 3
        }
    }
}

private func pow2(_ x: Double) -> Double { x * x }
private func pow3(_ x: Double) -> Double { x * x * x }
