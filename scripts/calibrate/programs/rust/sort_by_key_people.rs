// sort_by_key is stable (driftsort): people with equal ages keep their order; the key is a Copy u32 read through &Person; sort_by with a reversed comparison sorts descending; 30 elements of 32 bytes need a 960-byte scratch, which fits the 4 KiB stack buffer
#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let names = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo"];
    let mut people = Vec::new();
    for i in 0..30 {
        people.push(Person { name: format!("{}{}", names[i % 10], i), age: (i as u32 * 7) % 5 + 20 });
    }
    people.sort_by_key(|p| p.age);
    for p in &people {
        print!("{}:{} ", p.name, p.age);
    }
    println!();
    people.sort_by(|a, b| b.name.cmp(&a.name));
    println!("{:?}", people[0]);
    println!("{:?}", people[29]);
}
