// A builder: each setter takes `mut self` and returns Self, so a chain
// `Builder::new().name(..).size(..)` moves one struct from call to call
// (a move is a memcpy of the stack value, never a heap copy). Only the
// String and Vec contents ever touch the heap.
struct Request {
    url: String,
    headers: Vec<String>,
    retries: u32,
}

struct Builder {
    url: String,
    headers: Vec<String>,
    retries: u32,
}

impl Builder {
    fn new(url: &str) -> Self {
        Self { url: String::from(url), headers: Vec::new(), retries: 0 }
    }

    fn header(mut self, h: &str) -> Self {
        self.headers.push(h.to_string());
        self
    }

    fn retries(mut self, n: u32) -> Self {
        self.retries = n;
        self
    }

    fn build(self) -> Request {
        Request { url: self.url, headers: self.headers, retries: self.retries }
    }
}

fn main() {
    let req = Builder::new("https://example.com")
        .header("Accept: */*")
        .header("User-Agent: heaplab")
        .header("X-Trace: 1")
        .retries(3)
        .build();
    println!("{} with {} headers, {} retries", req.url, req.headers.len(), req.retries);
    for h in &req.headers {
        println!("  {}", h);
    }
}
