// A method returning a reference borrows from `&self`: the struct stays borrowed while the reference is used.
struct Playlist {
    songs: Vec<String>,
}

impl Playlist {
    fn add(&mut self, title: &str) {
        self.songs.push(String::from(title));
    }

    fn first(&self) -> &String {
        &self.songs[0]
    }
}

fn main() {
    let mut list = Playlist { songs: vec![String::from("intro")] };
    let opener = list.first();
    list.add("outro");
    println!("{}", opener);
}
