// Box::new moves a value into a heap allocation of exactly its size; the
// box is freed when it goes out of scope or is dropped. A Box of a struct
// with a Vec inside makes two allocations: the box and the Vec's buffer.
struct Particle {
    x: f64,
    y: f64,
    mass: f64,
    id: u32,
}

struct Bag {
    label: u64,
    items: Vec<u32>,
}

fn weight(p: &Particle) -> f64 {
    p.mass * 2.0
}

fn main() {
    let b: Box<u64> = Box::new(41);
    println!("boxed {}", *b + 1);
    let q: Particle = Particle {
        x: 1.5,
        y: -2.0,
        mass: 3.25,
        id: 7,
    };
    println!("on the stack: weighs {}", weight(&q));
    let p: Box<Particle> = Box::new(q);
    println!("particle {} at {} {} boxed", p.id, p.x, p.y);
    let mut boxes: Vec<Box<u32>> = Vec::new();
    for i in 0..10u32 {
        boxes.push(Box::new(i * i));
    }
    let mut sum: u32 = 0;
    for bx in boxes.iter() {
        sum += **bx;
    }
    println!("10 boxes, sum {}", sum);
    let bag: Box<Bag> = Box::new(Bag {
        label: 9,
        items: vec![1, 2, 3],
    });
    println!("bag {} has {} items", bag.label, bag.items.len());
}
