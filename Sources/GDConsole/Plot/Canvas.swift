/// A grid of character cells, each a small block of pixels, plus characters laid over
/// whole cells (markers). Drawing sets pixels; a backend turns each cell's pixels into
/// one character (UnicodePlots.jl's canvas design).
struct Canvas {
    /// How a cell's pixels become a character.
    enum Backend: Sendable, Equatable {
        /// 2×4 pixels per cell as one Braille pattern (U+2800 + dot bits), for UTF-8 terminals.
        case braille
        /// 1 pixel per cell, drawn with the glyph of what set it (`-`, `/`, `.`, …).
        case ascii

        var pixelsPerCell: (x: Int, y: Int) {
            switch self {
            case .braille: return (2, 4)
            case .ascii: return (1, 1)
            }
        }
    }

    let backend: Backend
    let columns: Int
    let rows: Int
    let pixelWidth: Int
    let pixelHeight: Int
    /// Braille dot bits per cell.
    private var dots: [UInt8]
    /// The ASCII glyph per cell (0: none).
    private var glyphs: [UInt8]
    private var overlay: [Character?]

    init(columns: Int, rows: Int, backend: Backend) {
        self.backend = backend
        self.columns = max(columns, 1)
        self.rows = max(rows, 1)
        let per = backend.pixelsPerCell
        pixelWidth = self.columns * per.x
        pixelHeight = self.rows * per.y
        dots = Array(repeating: 0, count: self.columns * self.rows)
        glyphs = Array(repeating: 0, count: self.columns * self.rows)
        overlay = Array(repeating: nil, count: self.columns * self.rows)
    }

    /// Sets a pixel; outside the grid does nothing. `glyph` is what ASCII shows there.
    @inline(__always)
    mutating func set(_ px: Int, _ py: Int, glyph: UInt8) {
        guard px >= 0, py >= 0, px < pixelWidth, py < pixelHeight else { return }
        switch backend {
        case .braille:
            let cell = (py >> 2) * columns + (px >> 1)
            let dx = px & 1, dy = py & 3
            // Braille numbers dots 1-2-3 down the left column, 4-5-6 down the right, then 7 and 8.
            dots[cell] |= dy == 3 ? UInt8(0x40) << dx : UInt8(1) << (dy + 3 * dx)
        case .ascii:
            glyphs[py * columns + px] = glyph
        }
    }

    /// Sets the pixel of every point (pixel = a·value + b on each axis) straight into the
    /// cell storage: the dense-data path, about a nanosecond a point.
    ///
    /// - Returns: the points that were not finite, by `Projection.Unplaced` raw value.
    mutating func scatter(
        _ xs: UnsafeBufferPointer<Double>, _ ys: UnsafeBufferPointer<Double>,
        ax: Double, bx: Double, ay: Double, by: Double, glyph: UInt8
    ) -> [Int] {
        var unplaced = Array(repeating: 0, count: Projection.Unplaced.allCases.count)
        let width = Double(pixelWidth), height = Double(pixelHeight), columns = columns
        let n = min(xs.count, ys.count)
        let braille = backend == .braille
        var grid = braille ? dots : glyphs
        if braille { dots = [] } else { glyphs = [] }  // `grid` is then the only owner: no copy on write.
        grid.withUnsafeMutableBufferPointer { grid in
            for i in 0..<n {
                // Rounding half up by truncating v + 0.5 once it is known to be ≥ 0: the
                // same pixel as `rounded()` without a call into libm per point.
                let fx = ax * xs[i] + bx + 0.5, fy = ay * ys[i] + by + 0.5
                if fx >= 0, fy >= 0, fx < width, fy < height {
                    let px = Int(fx), py = Int(fy)
                    if braille {
                        let dx = px & 1, dy = py & 3
                        grid[(py >> 2) * columns + (px >> 1)] |= dy == 3 ? UInt8(0x40) << dx : UInt8(1) << (dy + 3 * dx)
                    } else {
                        grid[py * columns + px] = glyph
                    }
                } else if !(xs[i].isFinite && ys[i].isFinite) {
                    unplaced[Projection.unplaced(xs[i].isFinite ? ys[i] : xs[i]).rawValue] += 1
                }
            }
        }
        if braille { dots = grid } else { glyphs = grid }
        return unplaced
    }

    /// Puts a character over the whole cell that holds pixel (px, py).
    mutating func mark(_ px: Int, _ py: Int, _ character: Character) {
        let per = backend.pixelsPerCell
        let col = px / per.x, row = py / per.y
        guard px >= 0, py >= 0, col < columns, row < rows else { return }
        overlay[row * columns + col] = character
    }

    /// Puts a character in a cell by its cell coordinates.
    mutating func mark(column: Int, row: Int, _ character: Character) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        overlay[row * columns + column] = character
    }

    /// A straight segment between pixel positions, clipped to the grid first so a point
    /// far outside costs no more than one across it. Dotted lines light every third pixel,
    /// counted along the whole run (`phase`), so a curve made of many short segments stays
    /// dotted; `continuing` skips the start pixel, which the previous segment drew.
    mutating func line(
        from a: (x: Double, y: Double), to b: (x: Double, y: Double), dotted: Bool, phase: inout Int, continuing: Bool = false
    ) {
        guard let (p, q) = Canvas.clip(a, b, width: Double(pixelWidth - 1), height: Double(pixelHeight - 1)) else { return }
        let dx = q.x - p.x, dy = q.y - p.y
        let steps = Int(max(abs(dx), abs(dy)).rounded(.up))
        let glyph = dotted ? UInt8(ascii: ".") : Canvas.slopeGlyph(dx: dx, dy: dy)
        for k in 0...max(steps, 0) {
            if continuing && k == 0 && steps > 0 { continue }
            let t = steps == 0 ? 0 : Double(k) / Double(steps)
            phase += 1
            if dotted && phase % 3 != 1 { continue }
            set(Int((p.x + t * dx).rounded()), Int((p.y + t * dy).rounded()), glyph: glyph)
        }
    }

    /// ASCII's picture of a segment's direction (y grows downward).
    static func slopeGlyph(dx: Double, dy: Double) -> UInt8 {
        if abs(dy) <= 0.5 * abs(dx) { return UInt8(ascii: "-") }
        if abs(dx) <= 0.5 * abs(dy) { return UInt8(ascii: "|") }
        return (dx > 0) == (dy < 0) ? UInt8(ascii: "/") : UInt8(ascii: "\\")
    }

    /// Liang–Barsky clipping of a segment to 0...width × 0...height; nil when it misses.
    static func clip(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double), width: Double, height: Double)
        -> ((x: Double, y: Double), (x: Double, y: Double))?
    {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x), (dx, width - a.x), (-dy, a.y), (dy, height - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil }; if r > t0 { t0 = r } } else { if r < t0 { return nil }; if r < t1 { t1 = r } }
            }
        }
        guard t0.isFinite, t1.isFinite else { return nil }
        return ((a.x + t0 * dx, a.y + t0 * dy), (a.x + t1 * dx, a.y + t1 * dy))
    }

    /// The character of cell (column, row): an overlay if any, else the pixels.
    func character(column: Int, row: Int) -> Character {
        let cell = row * columns + column
        if let c = overlay[cell] { return c }
        switch backend {
        case .braille:
            let bits = dots[cell]
            guard bits != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(bits)) else { return " " }
            return Character(scalar)
        case .ascii:
            let g = glyphs[cell]
            return g == 0 ? " " : Character(Unicode.Scalar(g))
        }
    }

    /// One row of cells as text.
    func line(row: Int) -> String {
        String((0..<columns).map { character(column: $0, row: row) })
    }
}
