// Searching a &str: find/rfind give byte offsets, split_once and
// strip_prefix return borrowed pieces, starts_with/ends_with/contains take a
// char or a &str. None of it allocates.
fn main() {
    let s = "key=value=more";
    println!("{:?} {:?}", s.find('='), s.rfind('='));
    println!("{:?}", s.find("value"));
    println!("{:?}", s.find('#'));
    if let Some((k, v)) = s.split_once('=') {
        println!("k={} v={}", k, v);
    }
    println!("{:?}", "no-equals".split_once('='));
    println!("{:?}", "a: b: c".split_once(": "));
    println!("{:?} {:?}", s.strip_prefix("key="), s.strip_prefix("val"));
    println!("{:?}", "file.rs".strip_suffix(".rs"));
    println!("{} {} {}", s.starts_with("key"), s.ends_with('e'), s.contains("=v"));
    println!("{}", s.contains('#'));
    let word = "Hello";
    println!("{} {}", word.eq_ignore_ascii_case("hELLO"), word.len());
    let padded = "  \t spaced out \n";
    println!("[{}] [{}] [{}]", padded.trim(), padded.trim_start(), padded.trim_end());
    println!("{:?}", "xxabcxx".trim_matches('x'));
    println!("[{}]", &s[4..9]);
}
