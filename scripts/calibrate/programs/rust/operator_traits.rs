// Operator overloading is a trait impl: `a + b` calls Add::add(a, b), with `type Output` naming the result
use std::ops::{Add, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for V2 {
    type Output = Self;
    fn sub(self, o: Self) -> Self::Output {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Mul<i32> for V2 {
    type Output = V2;
    fn mul(self, k: i32) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}

#[derive(Debug)]
struct Poly {
    terms: Vec<i64>,
}

impl Add for Poly {
    type Output = Poly;
    fn add(self, o: Poly) -> Poly {
        let n = if self.terms.len() > o.terms.len() { self.terms.len() } else { o.terms.len() };
        let mut terms = Vec::with_capacity(n);
        for i in 0..n {
            let a = if i < self.terms.len() { self.terms[i] } else { 0 };
            let b = if i < o.terms.len() { o.terms[i] } else { 0 };
            terms.push(a + b);
        }
        Poly { terms }
    }
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 10, y: 20 };
    let c = a + b;
    println!("{:?} {:?} {:?}", c, b - a, a * 3);
    println!("{}", (a + b) * 2 == V2 { x: 22, y: 44 });
    let p = Poly { terms: vec![1, 2, 3] } + Poly { terms: vec![5, 5] };
    println!("{:?} {}", p, p.terms.capacity());
}
