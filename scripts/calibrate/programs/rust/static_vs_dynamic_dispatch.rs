// The same trait used statically (generic, one copy per type, thin references) and dynamically (a fat &dyn, one copy)
trait Scorer {
    fn score(&self, x: u32) -> u32;
    fn name(&self) -> String;
}

struct Double;

struct AddN {
    n: u32,
}

struct Panel {
    scorers: Vec<Box<dyn Scorer>>,
    label: String,
}

impl Scorer for Double {
    fn score(&self, x: u32) -> u32 {
        x * 2
    }
    fn name(&self) -> String {
        String::from("double")
    }
}

impl Scorer for AddN {
    fn score(&self, x: u32) -> u32 {
        x + self.n
    }
    fn name(&self) -> String {
        format!("add{}", self.n)
    }
}

fn run_static<S: Scorer>(s: &S, xs: &[u32]) -> u32 {
    let mut t = 0;
    for &x in xs {
        t += s.score(x);
    }
    t
}

fn run_dynamic(s: &dyn Scorer, xs: &[u32]) -> u32 {
    let mut t = 0;
    for &x in xs {
        t += s.score(x);
    }
    t
}

impl Panel {
    fn best(&self, x: u32) -> String {
        let mut best = 0;
        let mut who = String::new();
        for s in &self.scorers {
            let v = s.score(x);
            if v > best {
                best = v;
                who = s.name();
            }
        }
        format!("{}: {} ({})", self.label, who, best)
    }
}

fn main() {
    let xs = [1, 2, 3];
    let a = AddN { n: 10 };
    println!("{} {}", run_static(&Double, &xs), run_static(&a, &xs));
    println!("{} {}", run_dynamic(&Double, &xs), run_dynamic(&a, &xs));
    println!("{} {}", std::mem::size_of::<&AddN>(), std::mem::size_of::<&dyn Scorer>());
    let p = Panel { scorers: vec![Box::new(Double), Box::new(AddN { n: 3 }), Box::new(AddN { n: 7 })], label: String::from("panel") };
    println!("{}", p.best(5));
    println!("{}", p.best(20));
    println!("{}", p.scorers.len());
}
