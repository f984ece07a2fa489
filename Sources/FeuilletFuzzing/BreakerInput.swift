import FeuilletTypesetting

/// Break candidates and a measure read from arbitrary bytes, for the line breaker alone:
/// byte 0 the mode, byte 1 the hyphen limit, bytes 2–3 the measure, then per word a width
/// and a byte that may add a hyphenation point, a hyphen of the text, a forced break or an
/// emergency break.
struct BreakerInput {
    var parameters: LineBreaker.Parameters
    var candidates: [BreakCandidate] = []

    init(_ bytes: [UInt8]) {
        let byte = { (i: Int) in i < bytes.count ? Double(bytes[i]) : 0 }
        parameters = .init(mode: byte(0).truncatingRemainder(dividingBy: 2) == 0 ? .justified : .ragged,
                           spaceWidth: 3.3, hyphenWidth: 3.5, maxConsecutiveHyphens: 1 + Int(byte(1)) % 3,
                           lineWidths: [10 + byte(2) * 2 + byte(3) / 128])
        var x = 0.0, spaces = 0
        var i = 4
        while i + 1 < bytes.count {
            let width = 1 + Double(bytes[i]) / 2, flags = bytes[i + 1]
            switch flags % 8 {
            case 1: candidates.append(.init(kind: .hyphen, lineEndX: x + width / 2, nextStartX: x + width / 2, spacesBefore: spaces, spacesBeforeNext: spaces))
            case 4: candidates.append(.init(kind: .hardHyphen, lineEndX: x + width / 2, nextStartX: x + width / 2, spacesBefore: spaces, spacesBeforeNext: spaces))
            case 2: candidates.append(.init(kind: .emergency, lineEndX: x + width / 3, nextStartX: x + width / 3, spacesBefore: spaces, spacesBeforeNext: spaces))
            default: break
            }
            x += width
            i += 2
            guard i + 1 < bytes.count else { break }
            if flags % 8 == 3 {
                candidates.append(.init(kind: .forced, lineEndX: x, nextStartX: x, spacesBefore: spaces, spacesBeforeNext: spaces))
            } else {
                candidates.append(.init(kind: .space, lineEndX: x, nextStartX: x + 3.3, spacesBefore: spaces, spacesBeforeNext: spaces + 1))
                x += 3.3
                spaces += 1
            }
        }
        candidates.append(.init(kind: .end, lineEndX: x, nextStartX: x, spacesBefore: spaces, spacesBeforeNext: spaces))
    }

    /// Lines follow each other to the end, every forced break ends a line, no line is wider
    /// than its measure (after shrinking) unless flagged overfull, hyphen runs stay capped.
    func check() {
        let lines = LineBreaker(parameters).breakLines(candidates)
        let measure = parameters.lineWidths[0]
        precondition(lines.last?.end == candidates.count - 1, "the last line does not end the paragraph")
        var previous: Int?, run = 0
        for line in lines {
            precondition(line.start == previous && line.end > (previous ?? -1), "lines out of order")
            previous = line.end
            if !line.overfull {
                precondition(line.naturalWidth - measure < 0.01 + Double(line.spaces) * parameters.spaceWidth / 4, "a line is too wide without being flagged")
            }
            run = line.hyphenated || candidates[line.end].kind == .hardHyphen ? run + 1 : 0
            precondition(run <= parameters.maxConsecutiveHyphens, "too many hyphens in a row")
        }
        let ends = Set(lines.map(\.end))
        for (index, candidate) in candidates.enumerated() where candidate.kind == .forced {
            precondition(ends.contains(index), "a forced break is not a line end")
        }
    }
}
