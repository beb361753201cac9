// Cow<str> ("clone on write") lets a function return either the caller's &str (no allocation) or a
// new String when it had to change something; printing it shows the text either way. to_mut turns a
// borrowed Cow into an owned String the first time (one exact allocation), into_owned hands the
// String out (allocating only if it was still borrowed).
use std::borrow::Cow;

fn underscores(s: &str) -> Cow<str> {
    if s.contains(' ') {
        Cow::Owned(s.replace(' ', "_"))
    } else {
        Cow::Borrowed(s)
    }
}

fn main() {
    for w in ["plain", "two words", "a b c"] {
        let c = underscores(w);
        match &c {
            Cow::Borrowed(b) => println!("borrowed {}", b),
            Cow::Owned(o) => println!("owned {} (cap {})", o, o.capacity()),
        }
        println!("{} {:?} {}", c, c, c.len());
    }
    let mut c = underscores("edit");
    c.to_mut().push_str("ed!");
    println!("{} {}", c, std::mem::size_of::<Cow<str>>());
    let owned: String = c.into_owned();
    let fresh: String = underscores("keep").into_owned();
    println!("{} {} {}", owned, fresh, fresh.capacity());
}
