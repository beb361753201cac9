// Methods that change things in place through &mut: retain_mut edits the kept elements while
// filtering, Option::as_mut reaches into Some without taking the value out, and get_or_insert_with
// fills a None lazily (the closure, and its allocation, runs only the first time).
struct Cache {
    label: Option<String>,
    hits: Option<u32>,
}

impl Cache {
    fn label(&mut self) -> &mut String {
        self.label.get_or_insert_with(|| String::from("default"))
    }
}

fn main() {
    let mut v = vec![1, 5, 2, 8, 3];
    v.retain_mut(|x| {
        *x *= 10;
        *x > 20
    });
    println!("{:?}", v);
    let mut names = vec![String::from("ann"), String::from("bo"), String::from("cyd")];
    names.retain_mut(|s| {
        s.push('!');
        s.len() > 3
    });
    println!("{:?}", names);
    let mut c = Cache { label: None, hits: Some(1) };
    c.label().push_str("-x");
    c.label().push_str("-y");
    if let Some(h) = c.hits.as_mut() {
        *h += 41;
    }
    println!("{:?} {:?}", c.label, c.hits);
    let mut n: Option<u64> = None;
    *n.get_or_insert_with(|| 5) += 1;
    *n.get_or_insert_with(|| 100) += 1;
    println!("{:?}", n);
    let mut s: Option<String> = Some(String::from("ab"));
    if let Some(t) = s.as_mut() {
        t.push('c');
    }
    println!("{:?}", s);
}
