// filter_map drops the Nones; flat_map flattens inner iterators. Neither knows its
// exact length, so collect grows from capacity 4.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7];
    let halves: Vec<i32> = v.iter().filter_map(|&x| if x % 2 == 0 { Some(x / 2) } else { None }).collect();
    println!("{:?} cap {}", halves, halves.capacity());
    let grid: Vec<(u32, u32)> = (0..3).flat_map(|i| (0..i).map(move |j| (i, j))).collect();
    println!("{:?} cap {}", grid, grid.capacity());
    let rep: Vec<u32> = (1..4).flat_map(|n| vec![n; n as usize]).collect();
    println!("{:?} cap {}", rep, rep.capacity());
}
