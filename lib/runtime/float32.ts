/** The largest float64 that still rounds to a finite float32 (MaxFloat32 plus half an ulp): past it, a constant or literal overflows float32 in Go and f32 in Rust. */
export const F32_MAX_ROUNDING = 3.4028235677973366e38;
