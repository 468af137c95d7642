// tokenscope-cli error CODE: a Win32 error, HRESULT or NTSTATUS (number or name) decoded: every
// name it has, the system's message, the HRESULT fields, Windows' NTSTATUS <-> Win32 mapping both
// ways, and what to try for the errors logon, impersonation and privileges meet. With --sub (and
// --logon-type), CODE and it are event 4625's Status and Sub Status, explained as a pair.
// Exit status: 0 decoded, 1 no name for it, 2 bad usage.
#include <ostream>

#include "command.hpp"
#include "commands.hpp"
#include "text_table.hpp"
#include "tokenscope/constants.hpp"
#include "tokenscope/logon_failure.hpp"

namespace tokenscope::cli {
namespace {

class ErrorCommand final : public Command {
public:
    std::string name() const override { return "error"; }
    std::string summary() const override {
        return "Decode a Win32 error, HRESULT or NTSTATUS: names, message, and what to try";
    }
    void configure(CLI::App& app) override {
        app.add_option("code", code_, "The code (decimal, 0x hex, negative) or a name such as E_ACCESSDENIED")
            ->required();
        app.add_option("--sub", sub_,
                       "Event 4625's Sub Status (CODE is its Status): explain the pair, e.g. 0xC000006D --sub 0xC000006A");
        app.add_option("--logon-type", logonType_, "Event 4625's Logon Type (2 interactive, 3 network, 5 service, 10 RDP…)");
        addJsonFlag(app);
    }

    int run(Streams& io) override {
        const auto decoded = ConstantIndex::instance().decodeError(code_);
        if (!decoded) throw UsageError(decoded.error().native);
        const auto& d = *decoded;
        const auto& index = ConstantIndex::instance();
        std::optional<LogonFailureExplanation> failure;
        if (!sub_.empty() || logonType_) {
            std::optional<std::uint32_t> sub;
            if (!sub_.empty()) {
                const auto subDecoded = index.decodeError(sub_);
                if (!subDecoded) throw UsageError("--sub: " + subDecoded.error().native);
                sub = subDecoded->value;
            }
            auto explained = explainLogonFailure(d.value, sub, logonType_);
            if (!explained) throw UsageError(explained.error().native);
            failure = std::move(*explained);
        }
        auto named = [&index](std::uint32_t win32) {
            const auto name = index.win32ErrorName(win32);
            return name.empty() ? std::to_string(win32) : std::string(name) + " (" + std::to_string(win32) + ")";
        };
        // The NTSTATUS values Windows maps to a Win32 error: the first of them by name, and how many.
        constexpr std::size_t kShownStatuses = 20;
        auto statusName = [&index](std::uint32_t status) {
            const auto name = index.ntStatusName(status);
            return name.empty() ? hexCode(status) : std::string(name);
        };
        if (json_) {
            auto matches = nlohmann::json::array();
            for (const auto& m : d.matches) {
                const auto& c = *m.constant;
                nlohmann::json value;
                if (c.isSigned && static_cast<std::int64_t>(c.bits) < 0) value = static_cast<std::int64_t>(c.bits);
                else value = c.bits;
                matches.push_back({{"name", c.name},
                                   {"kind", kindName(c.kind)},
                                   {"value", value},
                                   {"hex", c.hexText()},
                                   {"header", c.header},
                                   {"message", m.message}});
            }
            nlohmann::json json{{"input", d.input},
                                {"value", d.value},
                                {"hex", hexCode(d.value)},
                                {"matches", std::move(matches)},
                                {"hint", d.hint},
                                {"hresult", {{"severity", d.failure ? 1 : 0},
                                             {"facility", d.facility},
                                             {"facility_name", d.facilityName},
                                             {"code", d.code}}},
                                {"win32", d.win32 ? nlohmann::json(*d.win32) : nlohmann::json(nullptr)},
                                {"ntstatus", d.ntstatus ? nlohmann::json(hexCode(*d.ntstatus)) : nlohmann::json(nullptr)},
                                {"ntstatus_to_win32", d.statusWin32 ? nlohmann::json{{"win32", *d.statusWin32},
                                                                                     {"name", index.win32ErrorName(*d.statusWin32)}}
                                                                    : nlohmann::json(nullptr)}};
            auto statuses = nlohmann::json::array();
            for (const auto status : d.statusesForWin32) statuses.push_back({{"hex", hexCode(status)}, {"name", statusName(status)}});
            json["win32_from_ntstatus"] = std::move(statuses);
            if (failure) {
                auto codeJson = [](const LogonFailureCode& c) {
                    return nlohmann::json{{"hex", hexCode(c.value)},
                                          {"name", c.name},
                                          {"win32", c.win32 ? nlohmann::json(*c.win32) : nlohmann::json(nullptr)},
                                          {"win32_name", c.win32Name}};
                };
                json["logon_failure"] = {
                    {"status", codeJson(failure->status)},
                    {"sub_status", failure->subStatus ? codeJson(*failure->subStatus) : nlohmann::json(nullptr)},
                    {"caller_saw", codeJson(failure->callerSaw)},
                    {"logon_type", failure->logonType ? nlohmann::json(*failure->logonType) : nlohmann::json(nullptr)},
                    {"logon_type_name", failure->logonTypeName},
                    {"meaning", failure->meaning},
                    {"hint", failure->hint},
                    {"logon_right", failure->logonRight},
                    {"notes", failure->notes}};
            }
            io.out << dumpJson(json) << '\n';
            return d.matches.empty() ? kExitFailed : kExitOk;
        }
        io.out << d.input << " = " << d.value << " = " << hexCode(d.value) << '\n';
        if (d.value >= 0x10000) {
            io.out << "as HRESULT: severity " << (d.failure ? "1 (failure)" : "0 (success)") << ", facility "
                   << d.facility << (d.facilityName.empty() ? "" : " (" + std::string(d.facilityName) + ")")
                   << ", code " << d.code << '\n';
        }
        if (d.win32 && *d.win32 != d.value) io.out << "Win32 error inside: " << *d.win32 << '\n';
        if (d.ntstatus) io.out << "NTSTATUS inside (HRESULT_FROM_NT): " << hexCode(*d.ntstatus) << '\n';
        if (d.statusWin32) io.out << "as NTSTATUS, Windows reports it as Win32 error " << named(*d.statusWin32) << '\n';
        if (!d.statusesForWin32.empty()) {
            io.out << "NTSTATUS values Windows reports as this Win32 error (" << d.statusesForWin32.size() << "):";
            for (std::size_t i = 0; i < d.statusesForWin32.size() && i < kShownStatuses; ++i)
                io.out << (i ? ", " : " ") << statusName(d.statusesForWin32[i]);
            if (d.statusesForWin32.size() > kShownStatuses) io.out << ", …";
            io.out << '\n';
        }
        if (failure) {
            io.out << "\nEvent 4625: Status " << hexCode(failure->status.value) << " " << failure->status.name;
            if (failure->subStatus) io.out << ", Sub Status " << hexCode(failure->subStatus->value) << " " << failure->subStatus->name;
            if (failure->logonType) io.out << ", Logon Type " << *failure->logonType << " (" << failure->logonTypeName << ")";
            io.out << "\n  why:   " << failure->meaning << '\n';
            if (failure->callerSaw.win32) io.out << "  the caller saw: " << named(*failure->callerSaw.win32) << '\n';
            if (failure->subStatus && failure->subStatus->win32 && failure->subStatus->win32 != failure->callerSaw.win32)
                io.out << "  the reason as Win32 error: " << named(*failure->subStatus->win32) << '\n';
            if (!failure->logonRight.empty()) io.out << "  logon right: " << failure->logonRight << '\n';
            if (!failure->hint.empty()) io.out << "  try:   " << failure->hint << '\n';
            for (const auto& note : failure->notes) io.out << "  note:  " << note << '\n';
        }
        if (d.matches.empty()) {
            io.err << "No Win32 error, HRESULT or NTSTATUS has this code.\n";
            return kExitFailed;
        }
        io.out << '\n';
        TextTable table({"Name", "Kind", "Value", "Message"});
        for (const auto& m : d.matches)
            table.add({std::string(m.constant->name), std::string(kindName(m.constant->kind)), m.constant->hexText(),
                       std::string(m.message)});
        table.print(io.out);
        if (!d.hint.empty()) io.out << "\nhint: " << d.hint << '\n';
        return kExitOk;
    }

private:
    std::string code_;
    std::string sub_;
    std::optional<unsigned> logonType_;
};

}  // namespace

std::unique_ptr<Command> makeErrorCommand() { return std::make_unique<ErrorCommand>(); }

}  // namespace tokenscope::cli
