// tokenscope-cli error CODE: a Win32 error, HRESULT or NTSTATUS (number or name) decoded: every
// name it has, the system's message, the HRESULT fields, and what to try for the errors logon,
// impersonation and privileges meet. Exit status: 0 decoded, 1 no name for it, 2 bad usage.
#include <cstdio>
#include <ostream>

#include "command.hpp"
#include "commands.hpp"
#include "text_table.hpp"
#include "tokenscope/constants.hpp"

namespace tokenscope::cli {
namespace {

std::string hex32(std::uint32_t value) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", value);
    return text;
}

class ErrorCommand final : public Command {
public:
    std::string name() const override { return "error"; }
    std::string summary() const override {
        return "Decode a Win32 error, HRESULT or NTSTATUS: names, message, and what to try";
    }
    void configure(CLI::App& app) override {
        app.add_option("code", code_, "The code (decimal, 0x hex, negative) or a name such as E_ACCESSDENIED")
            ->required();
        addJsonFlag(app);
    }

    int run(Streams& io) override {
        const auto decoded = ConstantIndex::instance().decodeError(code_);
        if (!decoded) throw UsageError(decoded.error().native);
        const auto& d = *decoded;
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
                                {"hex", hex32(d.value)},
                                {"matches", std::move(matches)},
                                {"hint", d.hint},
                                {"hresult", {{"severity", d.failure ? 1 : 0},
                                             {"facility", d.facility},
                                             {"facility_name", d.facilityName},
                                             {"code", d.code}}},
                                {"win32", d.win32 ? nlohmann::json(*d.win32) : nlohmann::json(nullptr)},
                                {"ntstatus", d.ntstatus ? nlohmann::json(hex32(*d.ntstatus)) : nlohmann::json(nullptr)}};
            io.out << dumpJson(json) << '\n';
            return d.matches.empty() ? kExitFailed : kExitOk;
        }
        io.out << d.input << " = " << d.value << " = " << hex32(d.value) << '\n';
        if (d.value >= 0x10000) {
            io.out << "as HRESULT: severity " << (d.failure ? "1 (failure)" : "0 (success)") << ", facility "
                   << d.facility << (d.facilityName.empty() ? "" : " (" + std::string(d.facilityName) + ")")
                   << ", code " << d.code << '\n';
        }
        if (d.win32 && *d.win32 != d.value) io.out << "Win32 error inside: " << *d.win32 << '\n';
        if (d.ntstatus) io.out << "NTSTATUS inside (HRESULT_FROM_NT): " << hex32(*d.ntstatus) << '\n';
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
};

}  // namespace

std::unique_ptr<Command> makeErrorCommand() { return std::make_unique<ErrorCommand>(); }

}  // namespace tokenscope::cli
