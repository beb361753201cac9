// A Stack type wrapping a Vec: the methods are the only way in, and every
// growth of the inner buffer still happens in Vec::push (capacity 4, 8, 16,
// ...). `peek` returns a reference into the buffer, `pop` moves the String
// out to the caller.
struct Stack {
    items: Vec<String>,
}

impl Stack {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, s: &str) {
        self.items.push(s.to_string());
    }

    fn pop(&mut self) -> Option<String> {
        self.items.pop()
    }

    fn peek(&self) -> Option<&String> {
        self.items.last()
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    let mut st = Stack::new();
    for w in ["alpha", "beta", "gamma", "delta", "epsilon"] {
        st.push(w);
    }
    if let Some(top) = st.peek() {
        println!("top {} of {}", top, st.len());
    }
    while let Some(s) = st.pop() {
        println!("pop {} (len {})", s, s.len());
    }
    println!("empty {} cap {}", st.is_empty(), st.items.capacity());
}
