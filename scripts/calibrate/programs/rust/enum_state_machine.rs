// A state machine as an enum: each state carries the data it needs, and a transition
// consumes the old state (by value) and returns the next one, moving the payload along
// instead of copying it.
#[derive(Debug)]
enum Conn {
    Idle,
    Connecting { host: String, tries: u32 },
    Connected { host: String, bytes: Vec<u8> },
    Failed(String),
}

fn step(c: Conn) -> Conn {
    match c {
        Conn::Idle => Conn::Connecting { host: String::from("example.org"), tries: 0 },
        Conn::Connecting { host, tries } if tries < 2 => Conn::Connecting { host, tries: tries + 1 },
        Conn::Connecting { host, .. } => Conn::Connected { host, bytes: Vec::with_capacity(16) },
        Conn::Connected { host, mut bytes } => {
            bytes.push(1);
            if bytes.len() > 2 {
                Conn::Failed(format!("{} closed", host))
            } else {
                Conn::Connected { host, bytes }
            }
        }
        Conn::Failed(msg) => Conn::Failed(msg),
    }
}

fn main() {
    let mut c = Conn::Idle;
    for i in 0..8 {
        c = step(c);
        println!("{}: {:?}", i, c);
    }
    if let Conn::Failed(ref why) = c {
        println!("failed because {}", why);
    }
}
