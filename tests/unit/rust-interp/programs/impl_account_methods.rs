// Methods on a struct with a Vec: associated const, Self::, a self-consuming rename, methods on
// Vec elements and through &mut, a Box<Self> receiver and moving out of the Box.
struct Account {
    owner: String,
    history: Vec<i64>,
}

impl Account {
    const FEE: i64 = 2;

    fn open(owner: &str) -> Self {
        let mut a = Self { owner: String::from(owner), history: Vec::with_capacity(2) };
        a.deposit(100);
        a
    }

    fn deposit(&mut self, amount: i64) {
        self.history.push(amount);
    }

    fn withdraw(&mut self, amount: i64) -> bool {
        if self.balance() < amount + Self::FEE {
            return false;
        }
        self.history.push(-amount);
        self.history.push(-Account::FEE);
        true
    }

    fn balance(&self) -> i64 {
        self.history.iter().sum()
    }

    fn rename(self, owner: &str) -> Account {
        Account { owner: owner.to_string(), history: self.history }
    }

    fn describe(&self) -> String {
        format!("{}: {} ({} entries)", self.owner, self.balance(), self.history.len())
    }
}

fn total(accounts: &[Account]) -> i64 {
    let mut t = 0;
    for a in accounts {
        t += a.balance();
    }
    t
}

fn main() {
    let mut a = Account::open("ann");
    a.deposit(50);
    let ok1 = a.withdraw(30);
    let ok2 = a.withdraw(500);
    println!("{} {} {}", a.describe(), ok1, ok2);
    let b = a.rename("anna");
    println!("{}", b.describe());
    let mut list = vec![b, Account::open("bob")];
    list[1].deposit(7);
    let r = &mut list[0];
    r.deposit(1);
    println!("total {}", total(&list));
    let boxed = Box::new(Account::open("box"));
    println!("{}", boxed.describe());
    let moved = *boxed;
    println!("{}", moved.owner);
}
