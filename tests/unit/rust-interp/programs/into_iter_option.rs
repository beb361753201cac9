fn pick(v: Vec<String>, i: usize) -> String {
    let mut out = String::new();
    let mut k: usize = 0;
    for s in v {
        if k == i {
            out = s;
        }
        k += 1;
    }
    out
}
fn main() {
    let names = vec![String::from("zero"), String::from("one"), String::from("two")];
    let got = pick(names, 1);
    println!("{}", got);
    let mut opt: Option<String> = Some(String::from("inside"));
    if let Some(s) = &opt {
        println!("peek {}", s);
    }
    let taken = std::mem::take(&mut opt);
    println!("{:?}", taken);
}
