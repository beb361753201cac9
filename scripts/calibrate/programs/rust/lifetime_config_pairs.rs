// A struct of two borrowed slices, `Pair<'a>`, built from `split_once('=')`
// over the lines of a config text: the Vec<Pair> (32-byte elements) is the
// only allocation; keys and values point into the original text.
#[derive(Debug)]
struct Pair<'a> {
    key: &'a str,
    value: &'a str,
}

fn parse_config<'a>(text: &'a str) -> Vec<Pair<'a>> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            out.push(Pair { key: k.trim(), value: v.trim() });
        }
    }
    out
}

fn lookup<'a>(pairs: &[Pair<'a>], key: &str) -> Option<&'a str> {
    for p in pairs {
        if p.key == key {
            return Some(p.value);
        }
    }
    None
}

fn main() {
    let text = String::from("# settings\nname = heaplab\nthreads=4\n\nmode = fast # comment\nbad line\n");
    let pairs = parse_config(&text);
    println!("{} pairs, cap {}", pairs.len(), pairs.capacity());
    println!("{:?}", pairs[0]);
    let threads: u32 = lookup(&pairs, "threads").unwrap().parse().unwrap();
    println!("threads {}", threads * 2);
    println!("{:?} {:?}", lookup(&pairs, "mode"), lookup(&pairs, "missing"));
}
