mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn new(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }

        pub fn deposit(&mut self, amount: i64) {
            self.balance += amount;
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }
    }

    pub mod fees {
        pub const MONTHLY: i64 = 5;

        pub fn apply(acc: &mut super::Account) {
            acc.deposit(-MONTHLY);
        }
    }
}

use bank::Account;

fn main() {
    let mut a = Account::new("dana");
    a.deposit(100);
    bank::fees::apply(&mut a);
    println!("{} has {}", a.owner, a.balance());
    println!("fee {}", bank::fees::MONTHLY);
}
