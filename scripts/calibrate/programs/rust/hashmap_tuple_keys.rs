// HashMap<(i32, i32), char> keyed by grid coordinates: a tuple key is hashed whole; the table holds (K, V) = 12 bytes per bucket
use std::collections::HashMap;

fn main() {
    let mut grid: HashMap<(i32, i32), char> = HashMap::new();
    for y in 0..4 {
        for x in 0..4 {
            if (x + y) % 3 == 0 {
                grid.insert((x, y), '#');
            }
        }
    }
    println!("cells {} capacity {}", grid.len(), grid.capacity());
    println!("(0, 0): {:?}", grid.get(&(0, 0)));
    println!("(1, 1): {:?}", grid.get(&(1, 1)));
    let mut walls = 0;
    for y in 0..4 {
        let mut row = String::new();
        for x in 0..4 {
            if grid.contains_key(&(x, y)) {
                row.push('#');
                walls += 1;
            } else {
                row.push('.');
            }
        }
        println!("{}", row);
    }
    println!("walls {}", walls);
}
