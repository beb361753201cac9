// A matrix stored in one flat Vec<f64>: `new` allocates rows*cols*8 bytes
// once (vec![0.0; n] asks for zeroed memory), get/set index into it, and
// `transpose` builds a second matrix of the same size.
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }

    fn get(&self, r: usize, c: usize) -> f64 {
        self.data[r * self.cols + c]
    }

    fn set(&mut self, r: usize, c: usize, v: f64) {
        self.data[r * self.cols + c] = v;
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::new(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t.set(c, r, self.get(r, c));
            }
        }
        t
    }
}

fn main() {
    let mut m = Matrix::new(2, 3);
    for r in 0..2 {
        for c in 0..3 {
            m.set(r, c, (r * 10 + c) as f64 * 0.5);
        }
    }
    let t = m.transpose();
    println!("{}x{} -> {}x{}", m.rows, m.cols, t.rows, t.cols);
    println!("m[1][2] = {}, t[2][1] = {}", m.get(1, 2), t.get(2, 1));
    println!("{:?}", t.data);
}
