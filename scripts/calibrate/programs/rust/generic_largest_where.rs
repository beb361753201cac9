// Generic functions with several bounds (`T: PartialOrd + Copy`) and type parameters bounded in a where clause
trait Shape {
    fn area(&self) -> f64;
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Sq(f64);

#[derive(Debug)]
struct Disk {
    r: f64,
}

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Disk {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn bigger<A, B>(a: &A, b: &B) -> bool
where
    A: Shape,
    B: Shape,
{
    a.area() > b.area()
}

fn total_area<T: Shape>(items: &Vec<T>) -> f64 {
    let mut t = 0.0;
    for x in items {
        t += x.area();
    }
    t
}

fn main() {
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", largest(&['q', 'z', 'a']));
    println!("{:?}", largest(&[Sq(1.5), Sq(4.0), Sq(2.0)]));
    println!("{}", bigger(&Sq(2.0), &Disk { r: 1.0 }));
    println!("{}", bigger(&Disk { r: 2.0 }, &Sq(3.0)));
    let sqs = vec![Sq(1.0), Sq(2.0), Sq(3.0)];
    let disks = vec![Disk { r: 1.0 }, Disk { r: 0.5 }];
    println!("{} {}", total_area(&sqs), total_area(&disks));
    println!("{:?} {:?}", sqs, disks);
}
