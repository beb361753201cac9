// Reversing by collecting: `chars().rev().collect::<String>()` reserves the chars' lower size bound
// ((bytes + 3) / 4) and grows by pushes; `iter().rev().cloned().collect::<Vec<_>>()` knows the exact
// length (TrustedLen) and allocates once; chunks of a slice become Vecs with to_vec.
fn main() {
    let s = String::from("stressed desserts and more");
    let r: String = s.chars().rev().collect();
    println!("{} {}", r, r.capacity());
    let accents: String = "héllo wörld".chars().rev().collect();
    println!("{} {} {}", accents, accents.len(), accents.capacity());
    let v = vec![1u32, 2, 3, 4, 5, 6, 7];
    let back: Vec<u32> = v.iter().rev().cloned().collect();
    println!("{:?} {}", back, back.capacity());
    let parts: Vec<Vec<u32>> = v.chunks(3).map(|c| c.to_vec()).collect();
    println!("{:?} {}", parts, parts.capacity());
    let names = vec![String::from("ann"), String::from("bo")];
    let rev_names: Vec<String> = names.iter().rev().cloned().collect();
    println!("{:?} {:?}", rev_names, names);
}
