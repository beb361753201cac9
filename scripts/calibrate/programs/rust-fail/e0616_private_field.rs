// A `pub struct` can still have private fields: they can be read only
// inside the module that declares the struct.
mod account {
    pub struct Account {
        pub owner: String,
        balance: u64,
    }

    impl Account {
        pub fn new(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }
    }
}

fn main() {
    let a = account::Account::new("ann");
    println!("{} {}", a.owner, a.balance);
}
