// An expression tree: each operator node owns its operands through Boxes, so building the
// tree allocates one Box per child and dropping the root frees them all, children first.
#[derive(Debug)]
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(a) => -eval(a),
    }
}

fn count(e: &Expr) -> usize {
    match e {
        Expr::Num(_) => 1,
        Expr::Add(a, b) | Expr::Mul(a, b) => 1 + count(a) + count(b),
        Expr::Neg(a) => 1 + count(a),
    }
}

fn main() {
    let e = Expr::Add(
        Box::new(Expr::Num(2)),
        Box::new(Expr::Mul(Box::new(Expr::Num(3)), Box::new(Expr::Neg(Box::new(Expr::Num(4)))))),
    );
    println!("{:?}", e);
    println!("value {} nodes {}", eval(&e), count(&e));
    println!("size_of::<Expr>() = {}", std::mem::size_of::<Expr>());
    let Expr::Add(left, right) = e else {
        return;
    };
    println!("left {} right {}", eval(&left), eval(&right));
    drop(right);
    println!("right dropped, left is {:?}", left);
}
