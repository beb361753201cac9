// collect() into a BTreeMap: std collects the pairs into a Vec, sorts it (stable, by key) and bulk-builds the tree from the sorted run, filling each leaf to 11 keys before it opens the next (fewer nodes than inserting one by one); a repeated key keeps its last value
use std::collections::BTreeMap;

fn main() {
    let names = ["pear", "fig", "apple", "plum", "kiwi", "lime", "date", "yuzu", "sloe", "nut", "olive", "grape", "melon", "quince", "banana"];
    let lens: BTreeMap<String, usize> = names.iter().map(|n| (n.to_string(), n.len())).collect();
    println!("{} entries, first {:?}", lens.len(), lens.first_key_value());
    for (k, v) in &lens {
        println!("{} {}", k, v);
    }
    let small: BTreeMap<u32, char> = vec![(3, 'c'), (1, 'a'), (3, 'z'), (2, 'b')].into_iter().collect();
    println!("{:?}", small);
    let many: BTreeMap<u32, u32> = (0..40u32).map(|i| (i * 7 % 40, i)).collect();
    println!("many {} last {:?}", many.len(), many.last_key_value());
}
