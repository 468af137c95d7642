// tokenscope-cli ps [--json]: every process with its user and how many of its threads
// impersonate (Linux: whose credentials differ from the thread-group leader's).
#include <ostream>

#include "command.hpp"
#include "commands.hpp"
#include "text_table.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/process.hpp"

namespace tokenscope::cli {
namespace {

class PsCommand final : public Command {
public:
    std::string name() const override { return "ps"; }
    std::string summary() const override {
        return "Every process with its user, its thread count and how many of its threads impersonate";
    }
    void configure(CLI::App& app) override { addJsonFlag(app); }

    int run(Streams& io) override {
        auto list = listProcesses();
        dropCapabilitiesExcept({});
        if (!list) {
            if (json_) {
                io.out << dumpJson({{"platform", platformName()}, {"error", toJson(list.error())}}) << '\n';
            } else {
                printError(io.err, list.error());
            }
            return kExitFailed;
        }
        if (json_) {
            auto processes = nlohmann::json::array();
            for (const auto& process : *list) {
                nlohmann::json entry{{"pid", process.pid},
                                     {"name", process.name},
                                     {"user", process.user.name.empty() ? nlohmann::json(nullptr)
                                                                        : nlohmann::json(process.user.name)},
                                     {"threads", process.threads},
                                     {"impersonating_threads", process.impersonatingThreads},
                                     {"zombie", process.zombie},
                                     {"kernel_thread", process.kernelThread}};
                if (process.user.posixId) {
                    entry["uid"] = *process.user.posixId;
                } else {
                    entry["sid"] = process.user.sid.empty() ? nlohmann::json(nullptr) : nlohmann::json(process.user.sid);
                }
                processes.push_back(std::move(entry));
            }
            io.out << dumpJson({{"platform", platformName()}, {"count", list->size()}, {"processes", std::move(processes)}})
                   << '\n';
            return kExitOk;
        }
        TextTable table({"PID", "User", "Threads", "Impersonating", "Name"});
        int impersonating = 0;
        for (const auto& process : *list) {
            const std::string id = process.user.idString();
            const std::string user = process.user.name.empty() ? (id.empty() ? "?" : id) : process.user.name;
            impersonating += process.impersonatingThreads > 0 ? 1 : 0;
            table.add({std::to_string(process.pid), user, std::to_string(process.threads),
                       process.impersonatingThreads > 0 ? std::to_string(process.impersonatingThreads) : "",
                       process.kernelThread ? "[" + process.name + "]"
                       : process.zombie     ? process.name + " <zombie>"
                                            : process.name});
        }
        table.print(io.out);
        io.out << '\n' << list->size() << " processes; " << impersonating
               << " with impersonating threads (`whoami --pid N` shows them).\n";
        return kExitOk;
    }
};

}  // namespace

std::unique_ptr<Command> makePsCommand() { return std::make_unique<PsCommand>(); }

}  // namespace tokenscope::cli
