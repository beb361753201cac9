// A recursive enum needs indirection: `Cons(i32, Box<List>)` puts the rest of the list on
// the heap, one 16-byte Box per node, and dropping the head frees the whole chain.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

fn len(l: &List) -> usize {
    match l {
        List::Cons(_, rest) => 1 + len(rest),
        List::Nil => 0,
    }
}

fn main() {
    let mut list = List::Nil;
    for i in 1..=5 {
        list = List::Cons(i * 10, Box::new(list));
    }
    println!("len {} sum {}", len(&list), sum(&list));
    println!("{:?}", list);
    println!("size_of::<List>() = {}", std::mem::size_of::<List>());
    if let List::Cons(head, tail) = list {
        println!("head {} tail len {}", head, len(&tail));
    }
    println!("done");
}
