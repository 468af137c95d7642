#include <iostream>

#include "command.hpp"

int main(int argc, char** argv) {
    tokenscope::cli::Streams io{std::cin, std::cout, std::cerr};
    const int status = tokenscope::cli::runCli(argc, argv, io);
    std::cout.flush();
    // A closed stdout is a failure to report, not a silent success.
    if (!std::cout.good()) return status == 0 ? tokenscope::cli::kExitFailed : status;
    return status;
}
