// `if let` runs a block for one variant, `while let` loops while the pattern matches (here
// popping a stack of boxed jobs until it is empty), and `let ... else` binds or leaves the
// function. Each popped element is owned by the loop body and freed at the end of it.
#[derive(Debug)]
enum Job {
    Print(String),
    Sleep(u32),
}

fn half(n: u32) -> Option<u32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn quarter(n: u32) -> Option<u32> {
    let Some(h) = half(n) else {
        return None;
    };
    half(h)
}

fn main() {
    let mut stack = vec![Job::Sleep(3), Job::Print(String::from("hi")), Job::Print(String::from("there"))];
    while let Some(job) = stack.pop() {
        if let Job::Print(ref text) = job {
            println!("print {}", text);
        } else if let Job::Sleep(n) = job {
            println!("sleep {}", n);
        }
    }
    println!("stack empty, cap {}", stack.capacity());
    let maybe: Option<Box<u64>> = Some(Box::new(7));
    if let Some(b) = &maybe {
        println!("boxed {}", b);
    }
    println!("{:?} {:?} {:?}", quarter(20), quarter(6), quarter(7));
    let mut count = 0;
    let mut next = Some(1u32);
    while let Some(n) = next {
        count += 1;
        next = if n < 100 { Some(n * 3) } else { None };
    }
    println!("{} steps", count);
}
