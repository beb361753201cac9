// Items in a module are private unless marked `pub`: calling a private
// function from outside its module is an error.
mod bank {
    pub fn deposit(balance: u64, amount: u64) -> u64 {
        audit(amount);
        balance + amount
    }

    fn audit(amount: u64) {
        println!("audit {}", amount);
    }
}

fn main() {
    let b = bank::deposit(10, 5);
    bank::audit(b);
}
