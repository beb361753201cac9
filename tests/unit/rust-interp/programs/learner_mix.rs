fn greet(name: &str) -> String {
    let mut s = String::from("hi ");
    s.push_str(name);
    s
}
fn longest(a: &Vec<String>) -> usize {
    let mut best: usize = 0;
    for s in a.iter() {
        if s.len() > best {
            best = s.len();
        }
    }
    best
}
fn main() {
    let v = vec![1, 2, 3];
    for i in 0..v.len() {
        print!("{} ", v[i]);
    }
    println!();
    let last = v[v.len() - 1];
    let grid: Vec<Vec<i32>> = vec![vec![0; 3]; 2];
    let mut g2 = grid.clone();
    g2[1][2] = 7;
    println!("{:?} {:?} {}", grid, g2, last);
    let owner = String::from("bob");
    let msg = greet(&owner);
    let names: Vec<String> = vec![msg.clone(), owner.clone(), String::from("carol")];
    println!("{} {} {}", msg, longest(&names), names.is_empty());
    let x: &str = "lit";
    if x == "lit" && owner != "alice" {
        println!("eq");
    }
    let total: i32 = v.iter().sum();
    let avg = total as f64 / v.len() as f64;
    println!("{:.2} {}", avg, -avg);
    let mut counts = vec![0usize; 4];
    for n in &v {
        counts[*n as usize] += 1;
    }
    println!("{:?}", counts);
    let sl = &v[1..];
    println!("{:?} {}", sl, sl.len());
    let mut acc = String::new();
    for (i, n) in v.iter().enumerate() {
        acc.push_str(&format!("{}:{} ", i, n));
    }
    println!("{}", acc);
}
