// Rc<String> shared by several owners: Rc::new allocates one RcBox (16 bytes of counts + the 24-byte String), clones only bump the strong count, and the String is freed when the last owner is dropped
use std::rc::Rc;

struct Reader {
    id: u32,
    book: Rc<String>,
}

fn main() {
    let book = Rc::new(String::from("The Rust Programming Language"));
    println!("owners: {}", Rc::strong_count(&book));
    let r1 = Reader { id: 1, book: Rc::clone(&book) };
    let r2 = Reader { id: 2, book: book.clone() };
    println!("owners: {}", Rc::strong_count(&book));
    println!("reader {} reads {} ({} bytes)", r1.id, r1.book, r1.book.len());
    drop(book);
    println!("owners after drop(book): {}", Rc::strong_count(&r2.book));
    drop(r1);
    println!("owners after drop(r1): {}", Rc::strong_count(&r2.book));
    println!("reader {} still reads {}", r2.id, r2.book);
}
