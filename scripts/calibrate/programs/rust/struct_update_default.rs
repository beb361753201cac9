// `..Default::default()` fills the fields not named from a default value; a hand-written Default can allocate
#[derive(Debug, Default)]
struct Options {
    width: u32,
    height: u32,
    title: String,
    tags: Vec<String>,
    fullscreen: bool,
}

#[derive(Debug)]
struct Theme {
    name: String,
    size: u8,
}

impl Default for Theme {
    fn default() -> Self {
        Theme { name: String::from("light"), size: 12 }
    }
}

fn main() {
    let a = Options { width: 800, height: 600, ..Default::default() };
    let b = Options { title: String::from("game"), fullscreen: true, ..Options::default() };
    println!("{:?}", a);
    println!("{} {} {}", b.title, b.fullscreen, b.tags.len());
    let t = Theme { size: 14, ..Default::default() };
    let u = Theme { name: String::from("dark"), ..Theme::default() };
    println!("{:?} {:?}", t, u);
}
