// cmp on the program's types deriving Ord compares the fields in order (an enum's variants by declaration order); sort_by on a field then cmp on the whole as a tie-breaker, and Ordering values stored in a Vec
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: Suit,
}

fn main() {
    let mut hand = vec![
        Card { rank: 10, suit: Suit::Spades },
        Card { rank: 2, suit: Suit::Hearts },
        Card { rank: 10, suit: Suit::Clubs },
        Card { rank: 7, suit: Suit::Hearts },
    ];
    let a = hand[0];
    let b = hand[2];
    println!("{:?}", a.cmp(&b));
    println!("{:?}", Suit::Clubs.cmp(&Suit::Hearts));
    hand.sort_by(|x, y| x.suit.cmp(&y.suit).then_with(|| y.rank.cmp(&x.rank)));
    println!("{:?}", hand);
    let results: Vec<Ordering> = hand.windows(2).map(|w| w[0].cmp(&w[1])).collect();
    println!("{:?}", results);
    let greater = results.iter().filter(|o| **o == Ordering::Greater).count();
    println!("{} greater", greater);
}
