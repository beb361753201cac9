// RefCell checks borrows at run time: a second borrow_mut() while a RefMut is alive panics with "already borrowed: BorrowMutError"; shared borrows may overlap, and a borrow ends when its guard is dropped
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two readers: {} {}", r1.len(), r2[0]);
    }
    cell.borrow_mut().push(4);
    println!("after push: {:?}", cell.borrow());
    let mut w = cell.borrow_mut();
    w.push(5);
    println!("writer holds {} items", w.len());
    let w2 = cell.borrow_mut();
    println!("never printed {}", w2.len());
}
