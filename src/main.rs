fn main() {
    coppa::start();
}
