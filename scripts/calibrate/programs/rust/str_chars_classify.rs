// char methods: is_alphabetic, is_ascii_digit, to_digit, to_ascii_uppercase,
// char::from(u8), char::from_u32 and `as u32`; char_indices gives byte
// offsets (the é takes two bytes).
fn main() {
    let s = "a1 B2-é9";
    let mut digits = 0u32;
    let mut letters = 0;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            digits += c.to_digit(10).unwrap();
        } else if c.is_alphabetic() {
            letters += 1;
        }
        println!("{} {:?} {} {}", i, c, c as u32, c.is_whitespace());
    }
    println!("digit sum {} letters {}", digits, letters);
    let up: String = s.chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", up);
    println!("{:?} {:?}", char::from(65u8), char::from_u32(0x263A));
    println!("{:?}", char::from_u32(0xD800));
    println!("{:?} {:?}", 'f'.to_digit(16), 'z'.to_digit(10));
    println!("{} {}", 'q'.is_alphanumeric(), '_'.is_alphanumeric());
    println!("{} {}", 'Q'.is_uppercase(), 'Q'.to_ascii_lowercase());
    let bytes = "AZ".as_bytes();
    println!("{:?} {}", bytes, bytes[1] - bytes[0]);
    let b: Vec<u8> = "hi!".bytes().collect();
    println!("{:?}", b);
}
