// tokenscope-cli diff A B [--json]: two tokens side by side, only what differs. Each operand is a
// report saved by whoami --json or privileges --json, or a live target: self, pid:N, pid:N/tid:M.
// Exit status as diff(1): 0 identical, 1 different, 2 an operand could not be read.
#include <charconv>
#include <optional>
#include <ostream>

#include "command.hpp"
#include "commands.hpp"
#include "saved_report.hpp"
#include "text_table.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"
#include "tokenscope/privileges.hpp"
#include "tokenscope/process.hpp"
#include "tokenscope/token_diff.hpp"

namespace tokenscope::cli {
namespace {

// diff(1)'s statuses, which the contract's codes already are.
constexpr int kExitIdentical = kExitOk;
constexpr int kExitDifferent = kExitFailed;
constexpr int kExitTrouble = kExitUsage;

// A live target named on the command line; std::nullopt members for `self`.
struct LiveTarget {
    std::optional<std::int64_t> pid;
    std::optional<std::int64_t> tid;
};

std::optional<std::int64_t> positiveNumber(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
    return value;
}

// self, pid:N, pid:N/tid:M; std::nullopt for anything else, which is a file name. A malformed
// pid: operand is a usage error rather than a file that does not exist.
std::optional<LiveTarget> liveTarget(const std::string& operand) {
    if (operand == "self") return LiveTarget{};
    if (!operand.starts_with("pid:")) return std::nullopt;
    const std::string_view rest = std::string_view(operand).substr(4);
    const auto slash = rest.find('/');
    LiveTarget target;
    target.pid = positiveNumber(rest.substr(0, slash));
    if (slash != std::string_view::npos) {
        const std::string_view thread = rest.substr(slash + 1);
        if (thread.starts_with("tid:")) target.tid = positiveNumber(thread.substr(4));
        if (!target.tid) target.pid.reset();
    }
    if (!target.pid)
        throw UsageError("operand '" + operand.substr(0, 100) +
                         "': expected pid:N or pid:N/tid:M with positive numbers");
    return target;
}

Result<TokenSnapshot> readSelf() {
    auto identity = threadIdentity();
    if (!identity) return identity.error();
    auto privileges = threadPrivileges();
    if (!privileges) return privileges.error();
    return TokenSnapshot{"self", std::move(*identity), std::move(*privileges), true};
}

Result<TokenSnapshot> readLive(const LiveTarget& target) {
    if (!target.pid) return readSelf();
    auto process = inspectProcess(*target.pid);
    if (!process) return process.error();
    const std::string label = "pid " + std::to_string(*target.pid);
    if (!target.tid) {
        return TokenSnapshot{label + " (" + process->name + ")", std::move(process->identity),
                             std::move(process->privileges), true};
    }
    for (auto& thread : process->threads) {
        if (thread.tid != *target.tid) continue;
        return TokenSnapshot{label + "/tid " + std::to_string(thread.tid) + " (" + process->name + ")",
                             std::move(thread.identity), std::move(thread.privileges), true};
    }
    return makeError(
        win32::kInvalidParameter,
        "process " + std::to_string(*target.pid) + " has no thread " + std::to_string(*target.tid),
        "`tokenscope-cli whoami --pid " + std::to_string(*target.pid) + "` lists its threads.");
}

Result<TokenSnapshot> readOperand(const std::string& operand) {
    if (const auto target = liveTarget(operand)) return readLive(*target);
    return readSavedReport(operand);
}

nlohmann::json sideJson(const std::string& operand, const TokenSnapshot& snapshot) {
    return {{"operand", operand},
            {"label", snapshot.label},
            {"identity", snapshot.identity.has_value()},
            {"privileges", snapshot.privileges.has_value()},
            {"all_privileges_listed", snapshot.privileges.has_value() && snapshot.allPrivilegesListed}};
}

nlohmann::json differenceJson(const TokenDifference& difference) {
    auto text = [](const std::string& value, bool absent) {
        return absent ? nlohmann::json(nullptr) : nlohmann::json(value);
    };
    return {{"section", difference.section},
            {"key", difference.key},
            {"kind", differenceKindName(difference.kind)},
            {"left", text(difference.left, difference.kind == DifferenceKind::Added)},
            {"right", text(difference.right, difference.kind == DifferenceKind::Removed)}};
}

const char* marker(DifferenceKind kind) {
    return kind == DifferenceKind::Added ? "+" : kind == DifferenceKind::Removed ? "-" : "~";
}

class DiffCommand final : public Command {
public:
    std::string name() const override { return "diff"; }
    std::string summary() const override {
        return "Two tokens side by side, only what differs: saved whoami/privileges --json reports or "
               "live targets (self, pid:N, pid:N/tid:M)";
    }
    void configure(CLI::App& app) override {
        addJsonFlag(app);
        app.add_option("left", operands_[0], "A saved report (a file) or self, pid:N, pid:N/tid:M")
            ->required();
        app.add_option("right", operands_[1], "The other side, the same kinds")->required();
    }

    int run(Streams& io) override {
        std::optional<TokenSnapshot> sides[2];
        for (int i = 0; i < 2; ++i) {
            auto side = readOperand(operands_[i]);
            if (!side) {
                dropCapabilitiesExcept({});
                return trouble(io, side.error(), operands_[i]);
            }
            sides[i] = std::move(*side);
        }
        // Both sides are read: the rest is comparing and formatting, which needs no capability.
        dropCapabilitiesExcept({});
        const TokenSnapshot& left = *sides[0];
        const TokenSnapshot& right = *sides[1];
        if (!haveCommonParts(left, right)) {
            return trouble(
                io,
                makeError(win32::kInvalidParameter,
                          "nothing to compare: one side has only an identity, the other only privileges",
                          "Compare a whoami report with a whoami report or a live target, a "
                          "privileges report with a privileges report or a live target."),
                std::nullopt);
        }
        const auto differences = compareTokens(left, right);
        const auto count = countDifferences(differences);
        const auto uncompared = uncomparedParts(left, right);
        if (json_) {
            auto list = nlohmann::json::array();
            for (const auto& difference : differences) list.push_back(differenceJson(difference));
            io.out << dumpJson({{"platform", platformName()},
                                {"left", sideJson(operands_[0], left)},
                                {"right", sideJson(operands_[1], right)},
                                {"identical", differences.empty()},
                                {"differences", std::move(list)},
                                {"count",
                                 {{"added", count.added},
                                  {"removed", count.removed},
                                  {"changed", count.changed},
                                  {"total", count.total()}}},
                                {"not_compared", uncompared}})
                   << '\n';
        } else {
            printText(io.out, left, right, differences, uncompared);
        }
        return differences.empty() ? kExitIdentical : kExitDifferent;
    }

private:
    static void printText(std::ostream& out, const TokenSnapshot& left, const TokenSnapshot& right,
                          const std::vector<TokenDifference>& differences,
                          const std::vector<std::string>& uncompared) {
        out << "left:  " << left.label << '\n' << "right: " << right.label << '\n';
        if (!differences.empty()) {
            out << '\n';
            TextTable table({"", "Section", "Key", "Left", "Right"});
            for (const auto& difference : differences) {
                table.add({marker(difference.kind), difference.section, difference.key, difference.left,
                           difference.right});
            }
            table.print(out);
            out << "\n+ only right, - only left, ~ changed.\n";
        }
        for (const auto& part : uncompared) out << "not compared: " << part << '\n';
        if (differences.empty()) {
            out << "identical\n";
        } else {
            out << differences.size() << (differences.size() == 1 ? " difference\n" : " differences\n");
        }
    }

    int trouble(Streams& io, const Error& error, const std::optional<std::string>& operand) const {
        if (json_) {
            nlohmann::json json{{"platform", platformName()}, {"error", toJson(error)}};
            if (operand) json["operand"] = *operand;
            io.out << dumpJson(json) << '\n';
        } else {
            printError(io.err, error);
        }
        return kExitTrouble;
    }

    std::string operands_[2];
};

}  // namespace

std::unique_ptr<Command> makeDiffCommand() { return std::make_unique<DiffCommand>(); }

}  // namespace tokenscope::cli
