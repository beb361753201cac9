// #[derive(Default)] gives every field its default; a hand-written Default and Clone are ordinary trait impls
#[derive(Debug, Default, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Config {
    retries: u32,
    name: String,
    verbose: bool,
    tags: Vec<String>,
}

#[derive(Debug)]
struct Budget {
    limit: u64,
    label: String,
}

impl Default for Budget {
    fn default() -> Self {
        Budget { limit: 100, label: String::from("standard") }
    }
}

impl Clone for Budget {
    fn clone(&self) -> Self {
        println!("cloning {}", self.label);
        Budget { limit: self.limit, label: self.label.clone() }
    }
}

fn fresh<T: Default>() -> T {
    T::default()
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let mut d: Config = Default::default();
    d.retries = 3;
    d.name.push_str("prod");
    d.tags.push(String::from("a"));
    let b: Budget = fresh();
    let b2 = b.clone();
    println!("{:?} {}", b2, b.limit);
    let mut all = vec![d.clone(), c.clone(), fresh::<Config>()];
    all.sort();
    for x in &all {
        println!("{} {:?} {}", x.retries, x.name, x.tags.len());
    }
    println!("{}", all[0] == c);
    println!("{}", all.iter().max().unwrap().retries);
}
