// Run as the user by the run-as tests: tries what a hostile program would do to the terminal of
// whoever started it. Opens /dev/tty and pushes a line into the terminal's input with TIOCSTI, then
// tries TIOCSTI on descriptors 0, 1 and 2. Prints one line per attempt: "pushed" or the errno name.
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace {

const char* outcome(int result) {
    if (result == 0) return "pushed";
    const char* name = ::strerrorname_np(errno);
    return name != nullptr ? name : "?";
}

int push(int fd) {
    const char line[] = "echo tokenscope-probe-was-here\n";
    for (const char c : std::string_view(line)) {
        if (::ioctl(fd, TIOCSTI, &c) != 0) return -1;
    }
    return 0;
}

}  // namespace

int main() {
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    std::printf("/dev/tty: %s\n", tty < 0 ? outcome(-1) : outcome(push(tty)));
    for (int fd = 0; fd <= 2; ++fd) std::printf("fd %d: %s\n", fd, outcome(push(fd)));
    return 0;
}
