// In-place collect: `v.into_iter().map(..).collect::<Vec<_>>()` reuses the source Vec's buffer when
// the element layouts allow it (no new allocation), shrinking it with a realloc when the bytes don't fit.
fn main() {
    let v: Vec<u64> = (1..=10).collect();
    let doubled: Vec<u64> = v.into_iter().map(|x| x * 2).collect();
    println!("{:?} cap {}", doubled, doubled.capacity());
    let w: Vec<u32> = vec![1, 2, 3, 4, 5, 6, 7];
    let odd: Vec<u32> = w.into_iter().filter(|x| x % 2 == 1).collect();
    println!("{:?} cap {}", odd, odd.capacity());
    let big: Vec<u64> = vec![10, 20, 30];
    let small: Vec<u32> = big.into_iter().map(|x| x as u32).collect();
    println!("{:?} cap {}", small, small.capacity());
    let t: Vec<(u8, u8, u8)> = vec![(1, 2, 3), (4, 5, 6)];
    let firsts: Vec<u16> = t.into_iter().map(|(a, b, _)| a as u16 + b as u16).collect();
    println!("{:?} cap {}", firsts, firsts.capacity());
    let names = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let lens: Vec<usize> = names.into_iter().map(|s| s.len()).collect();
    println!("{:?} cap {}", lens, lens.capacity());
    let triples: Vec<(u32, u32, u32)> = vec![(1, 2, 3), (4, 5, 6), (7, 8, 9)];
    let pairs: Vec<(u32, u32)> = triples.into_iter().map(|(a, b, c)| (a + b, c)).collect();
    println!("{:?} cap {}", pairs, pairs.capacity());
    let grow: Vec<u8> = vec![1, 2, 3];
    let wide: Vec<u64> = grow.into_iter().map(|b| b as u64).collect();
    println!("{:?} cap {}", wide, wide.capacity());
}
