// Matching through `&mut` binds references to the fields, so an arm can change the value in
// place: no copy, no allocation. Replacing a whole variant through `*slot = ...` drops the
// old payload first.
#[derive(Debug)]
enum Account {
    Open { id: u32, balance: i64 },
    Frozen(u32),
    Closed,
}

fn deposit(a: &mut Account, amount: i64) -> bool {
    match a {
        Account::Open { balance, .. } => {
            *balance += amount;
            true
        }
        _ => false,
    }
}

#[derive(Debug)]
enum Slot {
    Empty,
    Full(String),
}

fn main() {
    let mut accounts = vec![Account::Open { id: 1, balance: 100 }, Account::Frozen(2), Account::Closed];
    for a in &mut accounts {
        let ok = deposit(a, 50);
        println!("{:?} deposit ok: {}", a, ok);
    }
    if let Account::Open { id, balance } = &mut accounts[0] {
        *balance *= 2;
        println!("account {} now {}", id, balance);
    }
    accounts[1] = Account::Open { id: 2, balance: 0 };
    println!("{:?}", accounts);
    let mut slots = vec![Slot::Full(String::from("apple")), Slot::Empty];
    slots[0] = Slot::Empty;
    slots[1] = Slot::Full(String::from("pear"));
    if let Slot::Full(name) = &mut slots[1] {
        name.push_str("s");
    }
    println!("{:?}", slots);
}
