// Prints size_of / align_of and field offsets (offset_of!) of Rust types as
// JSON. std only; build with `rustc -O --edition 2021`.
//
// Structs are declared by the `st!` macro, which also builds the type string
// the site's parseRustType accepts ("struct{a: u8, b: u64}") from the same
// tokens, so the string and the measured type cannot drift apart.
// Field offsets are in declaration order; rustc reorders repr(Rust) fields.

#![allow(dead_code)]

use std::mem::{align_of, offset_of, size_of};

fn jstr(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn rec(ty: &str, size: usize, align: usize, fields: &[(&str, usize)]) -> String {
    let mut o = format!(
        "{{\"type\":{},\"size\":{},\"align\":{}",
        jstr(ty),
        size,
        align
    );
    if !fields.is_empty() || ty.contains("struct") {
        let names: Vec<String> = fields.iter().map(|(n, _)| jstr(n)).collect();
        let offs: Vec<String> = fields.iter().map(|(_, o)| o.to_string()).collect();
        o.push_str(&format!(
            ",\"fields\":[{}],\"offsets\":[{}]",
            names.join(","),
            offs.join(",")
        ));
    }
    o.push('}');
    o
}

/// Normalises stringify!'s spacing of a type ("Option < u32 >" on old
/// compilers) to the compact form.
fn ty_str(s: &str) -> String {
    s.replace(" < ", "<")
        .replace(" <", "<")
        .replace("< ", "<")
        .replace(" >", ">")
        .replace(" ,", ",")
        .replace(" ;", ";")
        .replace("[ ", "[")
        .replace(" ]", "]")
}

macro_rules! st {
    ($out:ident, $(#[$m:meta])* { $($f:ident : $t:ty),* }) => {{
        $(#[$m])*
        struct S { $($f: $t),* }
        let fields: Vec<String> = vec![$(format!("{}: {}", stringify!($f), ty_str(stringify!($t)))),*];
        let attrs: Vec<String> = vec![$(format!("#[{}] ", stringify!($m))),*];
        let ty = format!("{}struct{{{}}}", attrs.concat(), fields.join(", "));
        let offs: Vec<(&str, usize)> = vec![$((stringify!($f), offset_of!(S, $f))),*];
        $out.push(rec(&ty, size_of::<S>(), align_of::<S>(), &offs));
    }};
}

macro_rules! ty {
    ($out:ident, $t:ty) => {{
        $out.push(rec(
            &ty_str(stringify!($t)),
            size_of::<$t>(),
            align_of::<$t>(),
            &[],
        ));
    }};
}

macro_rules! tuple {
    ($out:ident, $t:ty, $($i:tt),*) => {{
        let offs: Vec<(&str, usize)> = vec![$((stringify!($i), offset_of!($t, $i))),*];
        $out.push(rec(&ty_str(stringify!($t)), size_of::<$t>(), align_of::<$t>(), &offs));
    }};
}

fn main() {
    let mut out: Vec<String> = Vec::new();
    st!(out, { a: u8, b: u64, c: u8 });
    st!(out, #[repr(C)] { a: u8, b: u64, c: u8 });
    st!(out, { a: u8, b: u16, c: u8, d: u32 });
    st!(out, #[repr(C)] { a: u8, b: u16, c: u8, d: u32 });
    st!(out, { a: u64, b: u8 });
    st!(out, { a: u8, b: u32, c: u16, d: u64, e: u8 });
    st!(out, { a: u8, b: [u8; 3], c: u16 });
    st!(out, { a: bool, b: u32, c: u8 });
    st!(out, { a: bool, b: Option<u32>, c: u8 });
    st!(out, { v: Vec<u8>, f: bool });
    st!(out, { s: String, n: u32, b: u8 });
    st!(out, { p: Box<u64>, b: u8 });
    st!(out, { a: u8, b: Option<Box<u8>> });
    st!(out, { a: u16, b: (u8, u32) });
    st!(out, { a: char, b: u8 });
    st!(out, { a: f32, b: f64, c: u8 });
    st!(out, { a: u128, b: u8 });
    st!(out, { a: u8, z: () });
    st!(out, {});
    st!(out, { x: [u64; 0], a: u8 });
    st!(out, { a: u8, b: u16, c: u32, d: u64 });
    st!(out, { d: u64, c: u32, b: u16, a: u8 });

    tuple!(out, (u8, u64, u8), 0, 1, 2);
    tuple!(out, (u8, u16), 0, 1);
    tuple!(out, (u64, u8, u32), 0, 1, 2);
    tuple!(out, (u8, u32, u8, u32), 0, 1, 2, 3);
    tuple!(out, (bool, u64), 0, 1);

    ty!(out, ());
    ty!(out, Option<Box<u64>>);
    ty!(out, Option<u64>);
    ty!(out, Option<u8>);
    ty!(out, Option<bool>);
    ty!(out, Option<char>);
    ty!(out, Option<u128>);
    ty!(out, Option<Vec<u8>>);
    ty!(out, Option<String>);
    ty!(out, Option<Option<bool>>);
    ty!(out, Vec<u8>);
    ty!(out, Vec<u64>);
    ty!(out, String);
    ty!(out, Box<u8>);
    ty!(out, Box<[u8]>);
    ty!(out, [u16; 3]);
    ty!(out, [u64; 0]);
    ty!(out, u128);
    ty!(out, char);
    ty!(out, usize);

    println!(
        "{{\"target\":{},\"layouts\":[{}]}}",
        jstr(&format!(
            "{}-{}",
            std::env::consts::ARCH,
            std::env::consts::OS
        )),
        out.join(",")
    );
}
