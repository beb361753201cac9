// A Copy enum (no heap payload) is stored inline in a Vec: the buffer holds size_of::<Cell>()
// bytes per element, tag and payload together, and matching on an element copies it out.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    Wall,
    Coin(u16),
}

fn main() {
    let mut grid = Vec::new();
    for i in 0..20u16 {
        let c = if i % 5 == 0 { Cell::Wall } else if i % 3 == 0 { Cell::Coin(i * 10) } else { Cell::Empty };
        grid.push(c);
    }
    println!("{} cells of {} bytes, capacity {}", grid.len(), std::mem::size_of::<Cell>(), grid.capacity());
    let mut coins = 0;
    let mut walls = 0;
    for c in &grid {
        match *c {
            Cell::Coin(v) => coins += v as u32,
            Cell::Wall => walls += 1,
            Cell::Empty => {}
        }
    }
    println!("coins {} walls {}", coins, walls);
    let first = grid[3];
    grid[3] = Cell::Empty;
    println!("{:?} -> {:?} (equal: {})", first, grid[3], first == grid[3]);
}
