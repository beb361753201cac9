#[derive(Debug, Default, Clone)]
struct User {
    name: String,
    age: Option<u32>,
    email: Option<String>,
}

fn domain(u: &User) -> Option<&str> {
    u.email.as_deref().and_then(|e| e.split('@').nth(1))
}

fn main() {
    let users = vec![
        User { name: "ann".to_string(), age: Some(31), email: Some("ann@example.com".to_string()) },
        User { name: "bob".to_string(), age: None, email: None },
        User { name: "cy".to_string(), ..Default::default() },
    ];
    for u in &users {
        let age = u.age.map(|a| a + 1).unwrap_or(0);
        let d = domain(u).unwrap_or("none");
        println!("{} next year {} domain {}", u.name, age, d);
    }
    let adults: Vec<&String> = users.iter().filter(|u| u.age.map_or(false, |a| a >= 18)).map(|u| &u.name).collect();
    println!("adults {:?}", adults);
    let d = User::default();
    println!("{:?}", d);
}
