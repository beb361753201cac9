// A tree node in an index arena: its children are positions in the same Vec.
struct Node {
    value: u32,
    children: Vec<usize>,
}

fn sum(nodes: &[Node], i: usize) -> u64 {
    let mut total = nodes[i].value as u64;
    for &c in &nodes[i].children {
        total += sum(nodes, c);
    }
    total
}

// tree_sum builds a tree of n nodes (node i hangs under node (i - 1) / 4) and sums its values.
fn tree_sum(n: usize) -> u64 {
    let mut nodes: Vec<Node> = Vec::with_capacity(n); // every node in one allocation
    for i in 0..n {
        nodes.push(Node { value: i as u32, children: Vec::new() });
        if i > 0 {
            nodes[(i - 1) / 4].children.push(i);
        }
    }
    sum(&nodes, 0)
}

fn main() {
    println!("sum {}", tree_sum(1000));
}
