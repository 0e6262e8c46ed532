fn main() {
    println!("liseuse");
}
