@main
struct GDCommand {
    static func main() {}
}
