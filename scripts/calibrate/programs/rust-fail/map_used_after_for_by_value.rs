// `for (k, v) in map` moves the map into the loop (an implicit `.into_iter()`): using it afterwards is E0382; iterate over `&map` to keep it
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<&str, u32> = HashMap::new();
    ages.insert("ada", 36);
    for (name, age) in ages {
        println!("{} {}", name, age);
    }
    println!("{}", ages.len());
}
