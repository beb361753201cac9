// A panic inside a method unwinds the stack: every live value with a Drop
// impl still has its drop run (innermost frame first), so cleanup code
// runs even though main never reaches its end.
struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("cleanup {}", self.name);
    }
}

struct Table {
    cells: Vec<u32>,
}

impl Table {
    fn cell(&self, i: usize) -> u32 {
        let _g = Guard { name: String::from("lookup") };
        self.cells[i]
    }
}

fn main() {
    let _outer = Guard { name: String::from("main") };
    let t = Table { cells: vec![1, 2, 3] };
    println!("cell 1 = {}", t.cell(1));
    println!("cell 7 = {}", t.cell(7));
    println!("unreachable");
}
