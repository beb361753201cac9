// Rc<RefCell<Vec<String>>> shared by two owners: one allocation for the RcBox (16 bytes of counts + an 8-byte borrow flag + the Vec), borrow_mut() lets either owner push, and the Vec's buffer grows as usual
use std::cell::RefCell;
use std::rc::Rc;

struct Logger {
    name: String,
    log: Rc<RefCell<Vec<String>>>,
}

impl Logger {
    fn write(&self, msg: &str) {
        self.log.borrow_mut().push(format!("{}: {}", self.name, msg));
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let a = Logger { name: String::from("net"), log: Rc::clone(&log) };
    let b = Logger { name: String::from("db"), log: Rc::clone(&log) };
    a.write("connected");
    b.write("opened");
    a.write("sent 3 bytes");
    println!("owners {}", Rc::strong_count(&log));
    println!("entries {}", log.borrow().len());
    for line in log.borrow().iter() {
        println!("{}", line);
    }
    println!("capacity {}", log.borrow().capacity());
}
