// Derived Hash/Eq make a struct a HashMap key; derived PartialOrd/Ord order by fields, enums by variant index
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Pos {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Level {
    Low,
    Mid,
    High,
}

fn main() {
    let mut seen: HashMap<Pos, u32> = HashMap::new();
    for p in [Pos { x: 1, y: 2 }, Pos { x: 0, y: 5 }, Pos { x: 1, y: 2 }] {
        *seen.entry(p).or_insert(0) += 1;
    }
    println!("{} {:?}", seen.len(), seen.get(&Pos { x: 1, y: 2 }));
    let mut set = HashSet::new();
    set.insert(Level::High);
    set.insert(Level::Low);
    set.insert(Level::High);
    println!("{}", set.len());
    let mut v = vec![Pos { x: 2, y: 1 }, Pos { x: 1, y: 9 }, Pos { x: 1, y: 3 }];
    v.sort();
    println!("{:?}", v);
    println!("{:?}", v.iter().max());
    println!("{}", Pos { x: 1, y: 2 } < Pos { x: 1, y: 3 });
    println!("{}", Level::Mid > Level::Low);
    let mut levels = vec![Level::High, Level::Low, Level::Mid];
    levels.sort();
    println!("{:?}", levels);
    let mut by: BTreeMap<Level, Vec<Pos>> = BTreeMap::new();
    by.entry(Level::High).or_insert(Vec::new()).push(Pos { x: 0, y: 0 });
    by.entry(Level::Low).or_insert(Vec::new()).push(Pos { x: 1, y: 1 });
    for (k, ps) in &by {
        println!("{:?}: {}", k, ps.len());
    }
}
