// A module hides an account's fields behind methods: code outside `bank`
// can only go through `open`, `deposit` and `balance`. The owner's name is a
// String field (one allocation per account).
mod bank {
    pub struct Account {
        owner: String,
        cents: u64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), cents: 0 }
        }

        pub fn deposit(&mut self, cents: u64) -> u64 {
            self.cents = self.cents.saturating_add(cents);
            self.audit();
            self.cents
        }

        pub fn balance(&self) -> String {
            format!("{}: {}.{:02}", self.owner, self.cents / 100, self.cents % 100)
        }

        fn audit(&self) {
            if self.cents > limits::MAX_CENTS {
                println!("audit: {} over the limit", self.owner);
            }
        }
    }

    pub mod limits {
        pub const MAX_CENTS: u64 = 100_000;
    }
}

use bank::Account;

fn main() {
    let mut a = Account::open("ann");
    let mut b = bank::Account::open("bob");
    a.deposit(1234);
    b.deposit(99_999);
    b.deposit(2);
    println!("{}", a.balance());
    println!("{}", b.balance());
    println!("limit {}", bank::limits::MAX_CENTS);
}
